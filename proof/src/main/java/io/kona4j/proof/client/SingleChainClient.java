package io.kona4j.proof.client;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.crypto.CryptoException;
import io.kona4j.derive.attributes.StatefulAttributesBuilder;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.pipeline.DerivationPipeline;
import io.kona4j.derive.pipeline.PipelineBuilder;
import io.kona4j.derive.signals.Signal;
import io.kona4j.derive.sources.EthereumDataSource;
import io.kona4j.driver.DerivationDriverPipeline;
import io.kona4j.driver.Driver;
import io.kona4j.driver.DriverException;
import io.kona4j.driver.PipelineCursor;
import io.kona4j.driver.StatelessExecutor;
import io.kona4j.driver.TipCursor;
import io.kona4j.evm.Evm;
import io.kona4j.executor.ExecutorException;
import io.kona4j.mpt.MptException;
import io.kona4j.preimage.HintWriterClient;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.CachingOracle;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.OracleReads;
import io.kona4j.proof.ProofException;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.l1.OracleBlobProvider;
import io.kona4j.proof.l1.OracleL1ChainProvider;
import io.kona4j.proof.l2.OracleL2ChainProvider;
import io.kona4j.proof.precompile.FpvmPrecompiles;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.registry.Chains;
import io.kona4j.protocol.registry.RollupConfigJson;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The single-chain fault-proof program (Kona's {@code bin/client/src/single.rs::run}). Entry points:
 * <ul>
 *   <li>{@link #run(PreimageOracleClient, HintWriterClient)}: over any oracle and hint writer, e.g. an
 *       {@code OracleReader}/{@code HintWriter} pair on fds 3–6 ({@code kona4j client}) or on in-memory pipes to an
 *       in-process host (native mode);</li>
 *   <li>{@link #runOffline(Function)}: over a lookup of preimages by key returning null when absent, e.g. a host
 *       {@code KeyValueStore::get} or a witness bundle; hints are dropped.</li>
 * </ul>
 * Both return a {@link ClientResult}; its {@link ClientResult#exitCode()} is the process exit code: 0 valid, 1 invalid
 * claim or error, 2 internal bug. They never throw.
 *
 * <p>Flow: boot info (local keys 1–5; 6 and 7 only for chains and L1s without a built-in config) → hint
 * {@code starting-l2-output} and the agreed output root's 128-byte preimage → the safe head hash at bytes 96..128 and
 * its header → a claimed block before the safe head is invalid; an agreed root equal to the claimed one is valid
 * without derivation (trace extension, as Kona) → {@link SyncStart} cursor → pipeline (reset on the safe head) and
 * driver to the claimed block (precompiles accelerated through the oracle as in Kona, unless the options say not) →
 * the output root of the safe head reached (the claimed block, or earlier if L1 runs out) must equal the claim.
 */
public final class SingleChainClient {
    private SingleChainClient() {}

    /** Runs the program over {@code oracle} and {@code hints} with the default options. */
    public static ClientResult run(PreimageOracleClient oracle, HintWriterClient hints) {
        return run(oracle, hints, ClientOptions.DEFAULT);
    }

    /** Runs the program on a thread with a deep stack (the EVM recurses on nested calls). */
    public static ClientResult run(PreimageOracleClient oracle, HintWriterClient hints, ClientOptions options) {
        AtomicReference<ClientResult> result = new AtomicReference<>();
        Thread t = Evm.newThread(() -> result.set(runHere(oracle, hints, options)));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            return new ClientResult(Verdict.ERROR, -1, -1, null, null, "interrupted", e);
        }
        ClientResult r = result.get();
        return r != null ? r : new ClientResult(Verdict.BUG, -1, -1, null, null, "the client thread died", null);
    }

    /** Runs over a preimage lookup that returns null for a missing key; hints go nowhere. */
    public static ClientResult runOffline(Function<PreimageKey, byte[]> preimages) {
        return runOffline(preimages, ClientOptions.DEFAULT);
    }

    public static ClientResult runOffline(Function<PreimageKey, byte[]> preimages, ClientOptions options) {
        PreimageOracleClient oracle = new PreimageOracleClient() {
            @Override
            public byte[] get(PreimageKey key) {
                byte[] v = preimages.apply(key);
                if (v == null) throw new KeyNotFoundException(key);
                return v.clone();
            }

            @Override
            public void getExact(PreimageKey key, byte[] buffer) {
                byte[] v = get(key);
                if (v.length != buffer.length) {
                    throw new io.kona4j.preimage.BufferLengthMismatchException(key, v.length, buffer.length);
                }
                System.arraycopy(v, 0, buffer, 0, v.length);
            }
        };
        return run(oracle, hint -> { }, options);
    }

    /** The program on the calling thread; catches everything into a result. */
    static ClientResult runHere(PreimageOracleClient oracle, HintWriterClient hints, ClientOptions options) {
        BootInfo boot = null;
        try {
            CachingOracle caching = new CachingOracle(options.cacheCapacity(), oracle, hints);
            boot = BootInfo.load(caching);
            RollupConfig config = rollupConfig(caching, boot);
            L1ChainConfig l1Config = l1Config(caching, config);
            Hash safeHeadHash = fetchSafeHeadHash(caching, boot.agreedL2OutputRoot());

            OracleL1ChainProvider l1 = new OracleL1ChainProvider(boot.l1Head(), caching);
            OracleL2ChainProvider l2 = new OracleL2ChainProvider(safeHeadHash, config, caching);
            Header safeHead = l2.header(safeHeadHash);

            if (boot.claimedL2BlockNumber() < safeHead.number()) {
                return new ClientResult(Verdict.INVALID, boot.claimedL2BlockNumber(), safeHead.number(), null,
                        boot.claimedL2OutputRoot(), "claimed block " + boot.claimedL2BlockNumber()
                        + " is before the agreed safe head " + safeHead.number(), null);
            }
            if (boot.agreedL2OutputRoot().equals(boot.claimedL2OutputRoot())) {
                return new ClientResult(Verdict.VALID, boot.claimedL2BlockNumber(), safeHead.number(),
                        boot.agreedL2OutputRoot(), boot.claimedL2OutputRoot(),
                        "trace extension: the claimed output root is the agreed one", null);
            }

            PipelineCursor cursor = SyncStart.cursor(config, safeHead, boot.agreedL2OutputRoot(), l1, l2);
            l2.setCursor(cursor);
            OracleBlobProvider blobs = new OracleBlobProvider(caching, new LazyKzg(options.kzg()));
            DerivationPipeline pipeline = new PipelineBuilder()
                    .rollupConfig(config)
                    .dapSource(new EthereumDataSource(l1, blobs, config))
                    .chainProvider(l1)
                    .l2ChainProvider(l2)
                    .builder(new StatefulAttributesBuilder(config, l1Config, l2, l1))
                    .origin(cursor.origin())
                    .build();
            pipeline.signal(new Signal.Reset(cursor.l2SafeHead(), cursor.origin(), null));
            StatelessExecutor executor = new StatelessExecutor(config, l2, l2, options.acceleratePrecompiles()
                    ? FpvmPrecompiles.evmFactory(config.l2ChainId(), caching, caching) : null);
            Driver driver = new Driver(cursor, new RecordingExecutor(executor, l2),
                    new DerivationDriverPipeline(pipeline, caching::flush), options.listener());

            TipCursor tip = driver.advanceToTarget(config, boot.claimedL2BlockNumber());
            long reached = tip.l2SafeHead().number();
            Hash root = tip.l2SafeHeadOutputRoot();
            if (root.equals(boot.claimedL2OutputRoot())) {
                return new ClientResult(Verdict.VALID, boot.claimedL2BlockNumber(), reached, root,
                        boot.claimedL2OutputRoot(), "derived output root of block " + reached + " is the claim", null);
            }
            String why = reached < boot.claimedL2BlockNumber()
                    ? "L1 is exhausted at block " + reached + ", whose output root " + root + " is not the claim"
                    : "derived output root " + root + " of block " + reached + " is not the claim";
            return new ClientResult(Verdict.INVALID, boot.claimedL2BlockNumber(), reached, root,
                    boot.claimedL2OutputRoot(), why, null);
        } catch (ProofException | PreimageException | DriverException | PipelineException | ExecutorException
                 | MptException | ConsensusException | ProtocolException | CryptoException | PrimitivesException e) {
            return failure(boot, Verdict.ERROR, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(boot, Verdict.BUG, e);
        }
    }

    private static ClientResult failure(BootInfo boot, Verdict v, Throwable e) {
        return new ClientResult(v, boot == null ? -1 : boot.claimedL2BlockNumber(), -1, null,
                boot == null ? null : boot.claimedL2OutputRoot(), e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /**
     * The agreed output root's preimage (hint {@code starting-l2-output}): 128 bytes, version 0, checked against the
     * root; the safe head hash is its last word.
     */
    public static Hash fetchSafeHeadHash(CachingOracle oracle, Hash agreedOutputRoot) {
        Hint.startingL2Output(agreedOutputRoot).send(oracle);
        byte[] preimage = new byte[128];
        OracleReads.exact(oracle, PreimageKey.keccak256(agreedOutputRoot), preimage, "agreed output root preimage");
        for (int i = 0; i < 32; i++) {
            if (preimage[i] != 0) {
                throw new OracleProviderException("the agreed output root " + agreedOutputRoot
                        + " is not a version 0 output root");
            }
        }
        return Hash.wrap(Arrays.copyOfRange(preimage, 96, 128));
    }

    /** The built-in config of the boot chain id, else the JSON of local key 6 (Kona's order). */
    static RollupConfig rollupConfig(CachingOracle oracle, BootInfo boot) {
        RollupConfig builtIn = Chains.byChainId(boot.l2ChainId());
        if (builtIn != null) return builtIn;
        byte[] json = BootInfo.loadRollupConfigJson(oracle);
        try {
            return RollupConfigJson.read(new String(json, StandardCharsets.UTF_8));
        } catch (ProtocolException | IllegalArgumentException e) {
            throw new OracleProviderException("the rollup config (local key 6) does not parse: " + e.getMessage(), e);
        }
    }

    /** The built-in L1 config of the rollup's L1 chain, else the JSON of local key 7. */
    static L1ChainConfig l1Config(CachingOracle oracle, RollupConfig config) {
        L1ChainConfig builtIn = L1ChainConfig.byChainId(config.l1ChainId());
        if (builtIn != null) return builtIn;
        L1ChainConfig c = L1ConfigJson.read(BootInfo.loadL1ConfigJson(oracle));
        if (c.chainId() != config.l1ChainId()) {
            throw new OracleProviderException("the L1 chain config (local key 7) is for chain " + c.chainId()
                    + ", the rollup config's L1 is " + config.l1ChainId());
        }
        return c;
    }
}
