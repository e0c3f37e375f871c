package io.kona4j.devnet;

import io.kona4j.driver.Driver;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.OnlineHostBackend;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.kv.SingleChainLocalInputs;
import io.kona4j.host.kv.SplitKeyValueStore;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.single.SingleChainHintHandler;
import io.kona4j.host.single.SingleChainProviders;
import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Proves claims against a devnet with the real host and client in one process: kona-host's single-chain hint handler
 * and online backend fetching over the devnet's {@link LoopbackServer}, the client program reading the oracle
 * directly (native mode). Each run's preimages stay in its key-value store, for offline replay.
 */
public final class ClaimProver {
    private final Devnet devnet;
    private final LoopbackServer server;

    public ClaimProver(Devnet devnet, LoopbackServer server) {
        this.devnet = devnet;
        this.server = server;
    }

    /** The outcome of one proof, with what it cost. */
    public record Outcome(Claim claim, ClientResult result, long blocksDerived, long preimages, long preimageBytes,
                          long hints, long nanos, MemoryKeyValueStore store) {
        public boolean asExpected() {
            return (result.exitCode() == 0) == claim.honest();
        }
    }

    public BootInfo boot(Claim c) {
        return new BootInfo(c.l1Head(), c.agreedOutputRoot(), c.claimedOutputRoot(), c.claimedBlock(),
                devnet.rollupConfig().l2ChainId());
    }

    /** The boot inputs of {@code c} (local keys 1–7) in front of {@code remote}. */
    public KeyValueStore withLocalInputs(Claim c, KeyValueStore remote) {
        return new SplitKeyValueStore(new SingleChainLocalInputs(boot(c), devnet.rollupConfigJson(),
                devnet.l1ConfigJson()), remote);
    }

    /** Host online over the loopback server, client native. */
    public Outcome proveNative(Claim c, Consumer<String> progress) {
        long start = System.nanoTime();
        MemoryKeyValueStore mem = new MemoryKeyValueStore();
        KeyValueStore kv = withLocalInputs(c, mem);
        HostStats stats = new HostStats();
        long[] derived = {0};
        try (SingleChainProviders providers = new SingleChainProviders(server.l1Uri(), server.beaconUri(),
                server.l2Uri(), RpcConfig.defaults())) {
            SingleChainHintHandler handler = new SingleChainHintHandler(providers,
                    devnet.l2Block(c.agreedBlock()).hash(), c.agreedOutputRoot(), true, w -> { });
            OnlineHostBackend backend = new OnlineHostBackend(kv, handler, Set.of(), RefetchPolicy.defaults(), stats);
            PreimageOracleClient oracle = new PreimageOracleClient() {
                @Override
                public byte[] get(PreimageKey key) {
                    byte[] v = backend.getPreimage(key);
                    stats.preimageServed(v.length);
                    return v.clone();
                }

                @Override
                public void getExact(PreimageKey key, byte[] buffer) {
                    byte[] v = get(key);
                    if (v.length != buffer.length) throw new BufferLengthMismatchException(key, v.length, buffer.length);
                    System.arraycopy(v, 0, buffer, 0, v.length);
                }
            };
            ClientOptions options = ClientOptions.DEFAULT.withListener(listener(derived, progress));
            ClientResult r = SingleChainClient.run(oracle, backend::routeHint, options);
            return new Outcome(c, r, derived[0], stats.served(), stats.servedBytes(), stats.hints(),
                    System.nanoTime() - start, mem);
        }
    }

    /** Client over a finished store with no host at all (offline replay). */
    public Outcome proveOffline(Claim c, KeyValueStore store, Consumer<String> progress) {
        long start = System.nanoTime();
        KeyValueStore kv = withLocalInputs(c, store);
        long[] derived = {0};
        long[] served = {0, 0};
        ClientResult r = SingleChainClient.runOffline(key -> {
            byte[] v = kv.get(key);
            if (v != null) {
                served[0]++;
                served[1] += v.length;
            }
            return v;
        }, ClientOptions.DEFAULT.withListener(listener(derived, progress)));
        return new Outcome(c, r, derived[0], served[0], served[1], 0, System.nanoTime() - start, null);
    }

    private static Driver.Listener listener(long[] derived, Consumer<String> progress) {
        return new Driver.Listener() {
            @Override
            public void blockBuilt(L2BlockInfo block, Hash outputRoot, BlockInfo origin) {
                derived[0]++;
                progress.accept("derived and executed L2 block " + block.number() + " (L1 origin "
                        + block.l1Origin().number() + ") output " + outputRoot.toHex().substring(0, 18) + "…");
            }
        };
    }
}
