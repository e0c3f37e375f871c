package io.kona4j.derive.stages;

import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.derive.AttributesBuilder;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.SingularBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes queue (kona {@code AttributesQueue}, op-node {@code attributes_queue.go}): turns the next valid batch
 * into payload attributes — the builder's deposits first, then the batch's transactions, {@code noTxPool} set —
 * after checking the batch extends the safe head exactly (else a reset).
 */
public final class AttributesQueue implements PipelineStage {
    private final AttributesProvider prev;
    private final RollupConfig config;
    private final AttributesBuilder builder;
    private SingularBatch batch;
    private boolean lastInSpan;

    public AttributesQueue(AttributesProvider prev, RollupConfig config, AttributesBuilder builder) {
        this.prev = prev;
        this.config = config;
        this.builder = builder;
    }

    public OpAttributesWithParent nextAttributes(L2BlockInfo parent) {
        if (batch == null) {
            batch = prev.nextBatch(parent);
            lastInSpan = prev.isLastInSpan();
        }
        OpPayloadAttributes attrs = createNextAttributes(batch, parent);
        OpAttributesWithParent out = new OpAttributesWithParent(attrs, parent, origin(), lastInSpan);
        batch = null;
        lastInSpan = false;
        return out;
    }

    private OpPayloadAttributes createNextAttributes(SingularBatch b, L2BlockInfo parent) {
        if (!b.parentHash().equals(parent.hash())) {
            throw PipelineException.reset(ResetReason.BAD_PARENT_HASH, "batch parent " + b.parentHash() + ", safe head "
                    + parent.hash());
        }
        long expected = parent.timestamp() + config.blockTime();
        if (b.timestamp() != expected) {
            throw PipelineException.reset(ResetReason.BAD_TIMESTAMP, "batch timestamp " + b.timestamp() + ", expected "
                    + expected);
        }
        OpPayloadAttributes attrs = Providers.call("attributes builder",
                () -> builder.preparePayloadAttributes(parent, new BlockNumHash(b.epochNumber(), b.epochHash())));
        return withBatchTransactions(attrs, b.transactions());
    }

    /** The builder's attributes with the batch's transactions appended and {@code noTxPool} set (a derived block). */
    static OpPayloadAttributes withBatchTransactions(OpPayloadAttributes a, List<byte[]> more) {
        List<byte[]> all = new ArrayList<>(a.transactions().size() + more.size());
        all.addAll(a.transactions());
        all.addAll(more);
        return new OpPayloadAttributes(a.timestamp(), a.prevRandao(), a.suggestedFeeRecipient(), a.withdrawals(),
                a.parentBeaconBlockRoot(), all, true, a.gasLimit(), a.eip1559Params(), a.minBaseFee());
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    @Override
    public void signal(Signal signal) {
        prev.signal(signal);
        batch = null;
        lastInSpan = false;
    }
}
