package io.kona4j.derive.stages;

import io.kona4j.derive.BatchValidationProvider;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.SingularBatch;

/**
 * Chooses the batch stage by fork (kona {@code BatchProvider}): the {@link BatchQueue} before Holocene, the
 * {@link BatchValidator} from Holocene, by the current L1 origin's time. Holocene's activation resets both.
 */
public final class BatchProvider implements AttributesProvider {
    private final NextBatchProvider prev;
    private final RollupConfig config;
    private final BatchQueue queue;
    private final BatchValidator validator;
    private AttributesProvider last;

    public BatchProvider(NextBatchProvider prev, RollupConfig config, BatchValidationProvider l2) {
        this.prev = prev;
        this.config = config;
        this.queue = new BatchQueue(prev, config, l2);
        this.validator = new BatchValidator(prev, config);
    }

    private AttributesProvider active() {
        BlockInfo o = prev.origin();
        return o != null && config.isHoloceneActive(o.timestamp()) ? validator : queue;
    }

    @Override
    public SingularBatch nextBatch(L2BlockInfo parent) {
        last = active();
        return last.nextBatch(parent);
    }

    @Override
    public boolean isLastInSpan() {
        return last == null || last.isLastInSpan();
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    /**
     * Passes the signal down once. A reset re-anchors both batch stages; Holocene's activation hands the batch
     * queue's L1 blocks to the validator (op-node's fork transform), dropping the queue's buffered batches.
     */
    @Override
    public void signal(Signal signal) {
        queue.signal(signal);
        switch (signal) {
            case Signal.Reset r -> validator.resetOnly(r.l1Origin());
            case Signal.Activation a -> validator.takeOver(queue.stageOrigin(), queue.l1Blocks());
            case Signal.FlushChannel f -> { }
        }
    }
}
