package io.kona4j.derive.stages;

import io.kona4j.derive.BatchValidationProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.BatchFormatException;
import io.kona4j.protocol.batch.SingularBatch;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The batch stream (PROTOCOL.md §1.6, kona {@code BatchStream}): from Holocene (by origin), checks a span batch's
 * prefix and hands up its blocks as singular batches one at a time; an invalid prefix drops the span batch and its
 * channel. Before Holocene it passes batches through for the batch queue to validate whole.
 */
public final class BatchStream implements NextBatchProvider {
    private final BatchStreamProvider prev;
    private final RollupConfig config;
    private final BatchValidationProvider l2;
    private final Deque<SingularBatch> buffer = new ArrayDeque<>();

    public BatchStream(BatchStreamProvider prev, RollupConfig config, BatchValidationProvider l2) {
        this.prev = prev;
        this.config = config;
        this.l2 = l2;
    }

    private boolean active() {
        BlockInfo o = origin();
        return o != null && config.isHoloceneActive(o.timestamp());
    }

    @Override
    public DecodedBatch nextBatch(L2BlockInfo parent, List<BlockInfo> l1Origins) {
        if (!active()) return prev.nextBatch();
        if (!buffer.isEmpty()) {
            SingularBatch next = buffer.peekFirst();
            if (next.timestamp() == parent.timestamp() + config.blockTime()) {
                return new DecodedBatch.Single(buffer.pollFirst().withParentHash(parent.hash()));
            }
            buffer.clear();
        }
        DecodedBatch batch = prev.nextBatch();
        if (batch instanceof DecodedBatch.Single) return batch;
        DecodedBatch.Span span = (DecodedBatch.Span) batch;
        BlockInfo inclusion = origin();
        BatchValidation.PrefixResult r = BatchValidation.checkSpanBatchPrefix(config, l1Origins, parent, span.batch(),
                inclusion, l2);
        switch (r.validity()) {
            case ACCEPT -> { }
            case DROP -> {
                flush();
                throw PipelineException.notEnoughData();
            }
            case PAST, UNDECIDED -> throw PipelineException.notEnoughData();
            case FUTURE -> throw PipelineException.critical(PipelineError.INVALID_STATE, "future span batch under Holocene");
        }
        try {
            buffer.addAll(span.batch().toSingularBatches(n -> BatchValidation.originHash(l1Origins, n), parent.timestamp()));
        } catch (BatchFormatException e) {
            throw PipelineException.critical(PipelineError.MISSING_L1_DATA, e.getMessage(), e);
        }
        if (buffer.isEmpty()) throw PipelineException.notEnoughData();
        return new DecodedBatch.Single(buffer.pollFirst().withParentHash(parent.hash()));
    }

    @Override
    public void flush() {
        buffer.clear();
        prev.flush();
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
        buffer.clear();
    }
}
