package io.kona4j.derive.stages;

import io.kona4j.consensus.Receipt;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.signals.Signal;
import io.kona4j.primitives.Address;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import java.util.List;

/**
 * L1 traversal (PROTOCOL.md §1.2, kona {@code PollingTraversal}): walks L1 one block at a time by number, detects
 * reorgs by parent hash, applies the block's {@code ConfigUpdate} logs to the retrieval copy of the system config,
 * and signals a reset when Holocene activates between two origins.
 */
public final class L1Traversal implements L1RetrievalProvider {
    private final ChainProvider chain;
    private final RollupConfig config;
    private BlockInfo block;
    private boolean done;
    private SystemConfig systemConfig;

    /** Starts at {@code origin} (may be null: then the first reset signal sets it) with the genesis system config. */
    public L1Traversal(ChainProvider chain, RollupConfig config, BlockInfo origin) {
        this.chain = chain;
        this.config = config;
        this.block = origin;
        this.systemConfig = config.genesis().systemConfig();
    }

    @Override
    public BlockInfo nextL1Block() {
        if (block == null) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "L1 traversal was never reset");
        if (done) throw PipelineException.eof();
        done = true;
        return block;
    }

    @Override
    public Address batcherAddress() {
        return systemConfig.batcherAddress();
    }

    public SystemConfig systemConfig() {
        return systemConfig;
    }

    @Override
    public BlockInfo origin() {
        return block;
    }

    @Override
    public void advanceOrigin() {
        if (block == null) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "L1 traversal was never reset");
        BlockInfo current = block;
        BlockInfo next = Providers.call("L1 block #" + (current.number() + 1),
                () -> chain.blockInfoByNumber(current.number() + 1));
        if (!next.parentHash().equals(current.hash())) {
            throw PipelineException.reset(ResetReason.REORG_DETECTED, "L1 block " + next + " does not build on " + current);
        }
        List<Receipt> receipts = Providers.call("receipts of L1 block " + next, () -> chain.receiptsByHash(next.hash()));
        try {
            systemConfig = SystemConfigLogs.applyReceipts(systemConfig, receipts, config.l1SystemConfigAddress(),
                    config.isEcotoneActive(next.timestamp()));
        } catch (ProtocolException e) {
            throw PipelineException.critical(PipelineError.SYSTEM_CONFIG_UPDATE,
                    "L1 block " + next + ": " + e.getMessage(), e);
        }
        boolean holoceneActivates = !config.isHoloceneActive(current.timestamp()) && config.isHoloceneActive(next.timestamp());
        block = next;
        done = false;
        if (holoceneActivates) {
            throw PipelineException.reset(ResetReason.HOLOCENE_ACTIVATION, "at L1 block " + next);
        }
    }

    @Override
    public void signal(Signal signal) {
        switch (signal) {
            case Signal.Reset r -> reset(r.l1Origin(), r.systemConfig());
            // op-node transforms the fork-dependent stages at Holocene and leaves traversal (and its config) alone.
            case Signal.Activation a -> { }
            case Signal.FlushChannel f -> { }
        }
    }

    private void reset(BlockInfo origin, SystemConfig sc) {
        block = origin;
        done = false;
        if (sc != null) systemConfig = sc;
    }
}
