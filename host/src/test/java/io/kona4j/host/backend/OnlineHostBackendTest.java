package io.kona4j.host.backend;

import io.kona4j.host.HostStats;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.LoopbackServer.Reply;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.single.SingleChainHintHandler;
import io.kona4j.host.single.SingleChainProviders;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintParsingException;
import io.kona4j.proof.hint.HintType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The online backend's hint routing and its bounded re-fetch loop. */
@Timeout(60)
class OnlineHostBackendTest {
    private static final RefetchPolicy FAST = new RefetchPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofSeconds(20));

    @Test
    void aKeyTheHintNeverYieldsIsGivenUpAfterTheAttemptLimit() {
        List<Hint> fetched = new ArrayList<>();
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        HostStats stats = new HostStats();
        OnlineHostBackend b = new OnlineHostBackend(kv, (h, store) -> fetched.add(h), Set.of(), FAST, stats);
        Hash block = Keccak256.hash(new byte[] {1});
        b.routeHint(Hint.l1BlockHeader(block).encode());
        PreimageKey key = PreimageKey.keccak256(block);
        assertThatThrownBy(() -> b.getPreimage(key)).isInstanceOf(PreimageUnavailableException.class)
                .hasMessageContaining(key.toHex()).hasMessageContaining("l1-block-header " + block.toHex())
                .hasMessageContaining("after 4 fetch(es)").hasMessageContaining("did not contain it");
        assertThat(fetched).hasSize(4);
        assertThat(stats.fetches()).isEqualTo(4);
    }

    @Test
    void aDeadEndpointIsRetriedWithinTheBudgetThenNamed() throws Exception {
        try (LoopbackServer dead = new LoopbackServer().onRpc("debug_getRawHeader", r -> Reply.json(503, "{}"));
             SingleChainProviders p = new SingleChainProviders(dead.uri(), dead.uri(), dead.uri(),
                     RpcConfig.defaults().withRetries(2, Duration.ofMillis(5), Duration.ofMillis(10)))) {
            OnlineHostBackend b = new OnlineHostBackend(new MemoryKeyValueStore(),
                    new SingleChainHintHandler(p, Hash.ZERO, Hash.ZERO, false, w -> { }), Set.of(), FAST, new HostStats());
            Hash block = Keccak256.hash(new byte[] {2});
            b.routeHint(Hint.l1BlockHeader(block).encode());
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> b.getPreimage(PreimageKey.keccak256(block)))
                    .isInstanceOf(PreimageUnavailableException.class).hasMessageContaining("the last fetch failed")
                    .hasMessageContaining("503").hasMessageContaining(dead.uri().toString());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
            // 4 re-fetches × 2 attempts each
            assertThat(dead.requests()).hasSize(8);
        }
    }

    @Test
    void aRequestWithoutAnyHintFailsAtOnce() {
        OnlineHostBackend b = new OnlineHostBackend(new MemoryKeyValueStore(), (h, s) -> {
            throw new AssertionError("nothing to fetch");
        }, Set.of(), FAST, new HostStats());
        assertThatThrownBy(() -> b.getPreimage(PreimageKey.local(9))).isInstanceOf(PreimageUnavailableException.class)
                .hasMessageContaining("no hint was sent");
    }

    @Test
    void storedKeysAreServedAndProactiveHintsFetchedAtOnce() {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        List<Hint> fetched = new ArrayList<>();
        byte[] value = {1, 2, 3};
        OnlineHostBackend b = new OnlineHostBackend(kv, (h, store) -> {
            fetched.add(h);
            store.set(PreimageKey.keccak256Of(value), value);
        }, Set.of(HintType.L2_PAYLOAD_WITNESS), FAST, new HostStats());
        b.routeHint(Hint.l2PayloadWitness(Hash.ZERO, "{}".getBytes()).encode());
        assertThat(fetched).hasSize(1);
        assertThat(b.getPreimage(PreimageKey.keccak256Of(value))).isEqualTo(value);
        b.routeHint(Hint.l2Code(Hash.ZERO).encode());
        assertThat(fetched).hasSize(1);
        assertThatThrownBy(() -> b.routeHint("l2-code")).isInstanceOf(HintParsingException.class);
    }
}
