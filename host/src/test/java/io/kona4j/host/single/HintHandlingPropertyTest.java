package io.kona4j.host.single;

import io.kona4j.host.HostException;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.OnlineHostBackend;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.kv.CheckedKeyValueStore;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.ProofException;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the online host answers with a stored preimage or one of its own errors (host or hint
 * errors), never anything else: arbitrary hint strings, and every hint type with arbitrary data against nodes that
 * know nothing.
 */
class HintHandlingPropertyTest {
    private static LoopbackServer nothing;
    private static SingleChainProviders providers;

    @BeforeContainer
    static void start() throws Exception {
        nothing = new LoopbackServer()
                .onRpcResult("debug_getRawHeader", p -> LoopbackServer.JSON.nullNode())
                .onRpcResult("eth_getBlockByHash", p -> LoopbackServer.JSON.nullNode())
                .onRpcResult("debug_dbGet", p -> LoopbackServer.JSON.nullNode())
                .onRpcResult("eth_getProof", p -> LoopbackServer.JSON.createObjectNode());
        providers = new SingleChainProviders(nothing.uri(), nothing.uri(), nothing.uri(), RpcConfig.defaults()
                .withRequestTimeout(Duration.ofSeconds(5)).withRetries(1, Duration.ZERO, Duration.ZERO));
    }

    @AfterContainer
    static void stop() {
        providers.close();
        nothing.close();
    }

    private static OnlineHostBackend backend() {
        return new OnlineHostBackend(new CheckedKeyValueStore(new MemoryKeyValueStore()),
                new SingleChainHintHandler(providers, Hash.ZERO, Hash.ZERO, true, w -> { }), Set.of(HintType.L2_PAYLOAD_WITNESS),
                new RefetchPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)), new HostStats());
    }

    @Provide
    Arbitrary<String> hintStrings() {
        Arbitrary<String> names = Arbitraries.of(HintType.values()).map(HintType::wireName);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                net.jqwik.api.Combinators.combine(names, Arbitraries.strings().withCharRange('0', 'z').ofMaxLength(40))
                        .as((n, d) -> n + " " + d),
                net.jqwik.api.Combinators.combine(names, Arbitraries.bytes().array(byte[].class).ofMaxSize(70))
                        .as((n, d) -> n + " " + io.kona4j.primitives.Hex.encode(d)));
    }

    @Property(tries = 300)
    void anyHintStringRoutesOrFailsTyped(@ForAll("hintStrings") String hint) {
        OnlineHostBackend b = backend();
        try {
            b.routeHint(hint);
            b.getPreimage(PreimageKey.keccak256(Hash.ZERO));
        } catch (HostException | ProofException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** Mostly data of the type's own length (so the fetch paths run), sometimes any length. */
    @Provide
    Arbitrary<Hint> hints() {
        return Arbitraries.of(HintType.values()).flatMap(t -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.bytes().array(byte[].class)
                        .ofSize(t.dataLength()).map(d -> Hint.of(t, d))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class)
                        .ofMaxSize(96).map(d -> Hint.of(t, d)))));
    }

    @Property(tries = 300)
    void everyTypeWithAnyDataStoresOrFailsTyped(@ForAll("hints") Hint hint) {
        MemoryKeyValueStore mem = new MemoryKeyValueStore();
        try {
            new SingleChainHintHandler(providers, Hash.ZERO, Hash.ZERO, true, w -> { })
                    .fetchHint(hint, new CheckedKeyValueStore(mem));
        } catch (HostException | ProofException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
