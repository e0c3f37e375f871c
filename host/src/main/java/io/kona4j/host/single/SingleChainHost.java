package io.kona4j.host.single;

import io.kona4j.host.HostStats;
import io.kona4j.host.backend.ObservedBackend;
import io.kona4j.host.backend.OfflineHostBackend;
import io.kona4j.host.backend.OnlineHostBackend;
import io.kona4j.host.kv.CheckedKeyValueStore;
import io.kona4j.host.kv.DiskKeyValueStore;
import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.kv.SingleChainLocalInputs;
import io.kona4j.host.kv.SplitKeyValueStore;
import io.kona4j.preimage.BidirectionalChannel;
import io.kona4j.preimage.Channel;
import io.kona4j.preimage.FpvmFileDescriptor;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageFetcher;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.proof.hint.HintType;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The single-chain host (kona-host's {@code SingleChainHost}): a store of local boot inputs beside a checked remote
 * store (on disk in the data directory, else in memory), an offline or online backend over it, and a preimage server
 * for either mode: {@link #runNative} runs the client program in this process over two in-memory channels,
 * {@link #runServer} serves a parent FPVM (or a {@code kona4j client} child) on fds 3–6, and {@link #serve} serves any
 * pair of channels. Offline, the data directory must exist (kona-host would create an empty one and then fail on the
 * first key).
 */
public final class SingleChainHost implements AutoCloseable {
    private final SingleChainHostConfig config;
    private final HostStats stats;
    private final DiskKeyValueStore disk;
    private final SingleChainProviders providers;
    private final PreimageFetcher fetcher;
    private final HintRouter router;

    /**
     * @param recorder gets every preimage served to the client (for a witness bundle); may be null
     * @param warnings kona-host's warnings (incomplete witnesses, disabled endpoints)
     */
    public SingleChainHost(SingleChainHostConfig config, HostStats stats, BiConsumer<PreimageKey, byte[]> recorder,
                           Consumer<String> warnings) {
        this.config = config;
        this.stats = stats;
        SingleChainLocalInputs local = new SingleChainLocalInputs(config.boot(), config.rollupConfigJson(),
                config.l1ConfigJson());
        if (config.isOffline()) {
            this.disk = DiskKeyValueStore.openReadOnly(config.dataDir());
            this.providers = null;
            OfflineHostBackend offline = new OfflineHostBackend(new SplitKeyValueStore(local, disk));
            this.fetcher = new ObservedBackend(offline, offline, stats, recorder);
        } else {
            this.disk = config.dataDir() == null ? null : DiskKeyValueStore.open(config.dataDir());
            KeyValueStore remote = new CheckedKeyValueStore(disk != null ? disk : new MemoryKeyValueStore());
            try {
                this.providers = new SingleChainProviders(config.l1NodeAddress(), config.l1BeaconAddress(),
                        config.l2NodeAddress(), config.rpc());
            } catch (RuntimeException e) {
                if (disk != null) disk.close();
                throw e;
            }
            SingleChainHintHandler handler = new SingleChainHintHandler(providers, config.agreedL2HeadHash(),
                    config.boot().agreedL2OutputRoot(), config.enableExperimentalWitnessEndpoint(), warnings);
            OnlineHostBackend online = new OnlineHostBackend(new SplitKeyValueStore(local, remote), handler,
                    Set.of(HintType.L2_PAYLOAD_WITNESS), config.refetch(), stats);
            this.fetcher = new ObservedBackend(online, online, stats, recorder);
        }
        this.router = (HintRouter) fetcher;
    }

    public SingleChainHostConfig config() {
        return config;
    }

    public HostStats stats() {
        return stats;
    }

    /** Serves the client on these channels until it closes them; a serving failure is thrown after closing both. */
    public void serve(Channel hints, Channel preimages) {
        new PreimageServer(preimages, hints, fetcher, router).run();
    }

    /** Server mode: serves the parent FPVM or client process on the inherited fds 3–6. */
    public void runServer() {
        StreamChannel hints = FpvmFileDescriptor.openHintChannel();
        StreamChannel preimages = FpvmFileDescriptor.openPreimageChannel();
        try {
            serve(hints, preimages);
        } finally {
            hints.close();
            preimages.close();
        }
    }

    /**
     * Native mode: the client program and this host in one process, over two in-memory channel pairs. Returns the
     * client's result and, when the host failed first (a key it could not get, which the client sees as its channel
     * closing), the host's failure.
     */
    public NativeRun runNative(ClientOptions options) {
        BidirectionalChannel hint = BidirectionalChannel.create("hint");
        BidirectionalChannel preimage = BidirectionalChannel.create("preimage");
        AtomicReference<RuntimeException> hostFailure = new AtomicReference<>();
        Thread server = Thread.ofPlatform().name("kona4j-host").start(() -> {
            try {
                serve(hint.host(), preimage.host());
            } catch (RuntimeException e) {
                hostFailure.set(e);
            }
        });
        ClientResult result;
        try {
            result = SingleChainClient.run(new OracleReader(preimage.client()), new HintWriter(hint.client()), options);
        } finally {
            hint.client().close();
            preimage.client().close();
        }
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new NativeRun(result, hostFailure.get());
    }

    /** The outcome of a native run: the client's result and the host's failure, if it had one. */
    public record NativeRun(ClientResult client, RuntimeException hostFailure) {
        /** The process exit code: the client's (0 valid, 1 invalid or error, 2 bug). */
        public int exitCode() {
            return client.exitCode();
        }
    }

    @Override
    public void close() {
        if (providers != null) providers.close();
        if (disk != null) disk.close();
    }
}
