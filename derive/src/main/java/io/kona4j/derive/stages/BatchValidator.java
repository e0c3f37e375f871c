package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.SingularBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The Holocene batch validator (PROTOCOL.md §1.6, §1.9, kona {@code BatchValidator}, op-node {@code batch_stage.go}):
 * no future buffer — each singular batch is accepted, skipped when past, or dropped together with the rest of its
 * channel; empty batches are generated once the sequencing window has passed and the stages below are drained.
 */
public final class BatchValidator implements AttributesProvider {
    private final NextBatchProvider prev;
    private final RollupConfig config;
    private BlockInfo origin;
    private final List<BlockInfo> l1Blocks = new ArrayList<>();
    private boolean lastInSpan = true;

    public BatchValidator(NextBatchProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
    }

    private void updateOrigins(L2BlockInfo parent) {
        // As op-node: "behind" is judged by the origin this stage is about to take, which is what gets buffered.
        BlockInfo p = prev.origin();
        boolean originBehind = p.number() < parent.l1Origin().number();
        if (!p.equals(origin)) {
            origin = p;
            if (!originBehind) l1Blocks.add(origin);
            else l1Blocks.clear();
        }
        if (!l1Blocks.isEmpty() && parent.l1Origin().number() > l1Blocks.get(0).number()) {
            for (int i = 0; i < l1Blocks.size(); i++) {
                if (l1Blocks.get(i).number() == parent.l1Origin().number()) {
                    l1Blocks.subList(0, i).clear();
                    break;
                }
            }
        }
    }

    @Override
    public SingularBatch nextBatch(L2BlockInfo parent) {
        updateOrigins(parent);
        if (origin.number() < parent.l1Origin().number() || parent.l1Origin().number() == origin.number()) {
            prev.nextBatch(parent, l1Blocks);
            throw PipelineException.notEnoughData();
        }
        DecodedBatch next;
        try {
            next = prev.nextBatch(parent, l1Blocks);
        } catch (PipelineException e) {
            if (!e.isEof()) throw e;
            return deriveEmptyBatch(parent);
        }
        if (!(next instanceof DecodedBatch.Single single)) {
            throw PipelineException.critical(PipelineError.INVALID_STATE, "the batch stream handed up a span batch under Holocene");
        }
        SingularBatch b = single.batch();
        switch (BatchValidation.checkSingularBatch(config, l1Blocks, parent, b, origin)) {
            case ACCEPT -> {
                lastInSpan = prev.spanBufferSize() == 0;
                return b;
            }
            case DROP -> {
                prev.flush();
                throw PipelineException.notEnoughData();
            }
            case PAST, UNDECIDED -> throw PipelineException.notEnoughData();
            default -> throw PipelineException.critical(PipelineError.INVALID_STATE, "future batch under Holocene");
        }
    }

    private SingularBatch deriveEmptyBatch(L2BlockInfo parent) {
        if (l1Blocks.isEmpty()) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "no L1 blocks buffered");
        BlockInfo epoch = l1Blocks.get(0);
        if (!(parent.l1Origin().number() == epoch.number() && parent.l1Origin().hash().equals(epoch.hash()))
                && parent.l1Origin().number() != epoch.number() - 1) {
            throw PipelineException.reset(ResetReason.L1_ORIGIN_MISMATCH, "buffered epoch " + epoch
                    + " does not match the safe head's origin " + parent.l1Origin());
        }
        long expiry = epoch.number() + config.seqWindowSize();
        if (expiry > origin.number() || l1Blocks.size() < 2) throw PipelineException.eof();
        boolean firstOfEpoch = epoch.number() == parent.l1Origin().number() + 1;
        long nextTs = parent.timestamp() + config.blockTime();
        if (nextTs < l1Blocks.get(1).timestamp() || firstOfEpoch) {
            lastInSpan = true;
            return new SingularBatch(parent.hash(), epoch.number(), epoch.hash(), nextTs, List.of());
        }
        l1Blocks.remove(0);
        throw PipelineException.eof();
    }

    @Override
    public boolean isLastInSpan() {
        return lastInSpan;
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
        switch (signal) {
            case Signal.Reset r -> reset(r.l1Origin());
            case Signal.Activation a -> { }
            case Signal.FlushChannel f -> prev.flush();
        }
    }

    /** A reset of this stage's own state without passing it down (the batch provider passes signals once). */
    void resetOnly(BlockInfo base) {
        reset(base);
    }

    /**
     * Holocene activation (op-node {@code BatchMux.TransformHolocene}): the validator continues from the batch queue's
     * origin and buffered L1 blocks; the queue's buffered batches are gone.
     */
    void takeOver(BlockInfo queueOrigin, List<BlockInfo> queueL1Blocks) {
        origin = queueOrigin;
        l1Blocks.clear();
        l1Blocks.addAll(queueL1Blocks);
        lastInSpan = true;
    }

    private void reset(BlockInfo base) {
        origin = base;
        l1Blocks.clear();
        l1Blocks.add(base);
        lastInSpan = true;
    }
}
