package io.kona4j.driver;

import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.errors.TemporaryException;
import io.kona4j.derive.pipeline.DerivationPipeline;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.pipeline.StepResult;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;

import java.util.Objects;

/**
 * A {@link DerivationPipeline} driven the way Kona's {@code OraclePipeline::produce_payload} drives it: step until
 * attributes are prepared; temporary errors are stepped again; a reset sends an activation signal (Holocene
 * activation) or a reset signal (anything else; after an L1 reorg the caches are flushed first) on the safe head and
 * the current origin, which the pipeline completes with the safe head's system config; critical errors are thrown.
 * Unlike Kona, {@value #MAX_RESETS_WITHOUT_PROGRESS} resets in a row without attributes are a critical error rather
 * than a loop that never ends.
 */
public final class DerivationDriverPipeline implements DriverPipeline {
    private final DerivationPipeline pipeline;
    private final Runnable flushCaches;
    /** Resets in a row without attributes after which the pipeline is taken to be stuck (Kona loops forever). */
    public static final int MAX_RESETS_WITHOUT_PROGRESS = 64;

    private long steps;
    private long resets;

    /** {@code flushCaches} runs after an L1 reorg (Kona flushes its caching oracle); pass {@code () -> {}} if none. */
    public DerivationDriverPipeline(DerivationPipeline pipeline, Runnable flushCaches) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.flushCaches = Objects.requireNonNull(flushCaches, "flushCaches");
    }

    @Override
    public OpAttributesWithParent produceAttributes(L2BlockInfo safeHead) {
        int resetsInARow = 0;
        while (true) {
            StepResult r = pipeline.step(safeHead);
            steps++;
            PipelineException error = switch (r) {
                case StepResult.PreparedAttributes p -> null;
                case StepResult.AdvancedOrigin a -> null;
                case StepResult.OriginAdvanceErr e -> e.error();
                case StepResult.StepFailed e -> e.error();
            };
            switch (error) {
                case null -> { }
                case TemporaryException t -> { }
                case ResetException reset -> {
                    if (++resetsInARow > MAX_RESETS_WITHOUT_PROGRESS) {
                        throw PipelineException.critical(PipelineError.INVALID_STATE, MAX_RESETS_WITHOUT_PROGRESS
                                + " resets in a row on safe head " + safeHead + " without attributes; last: "
                                + reset.getMessage());
                    }
                    reset(safeHead, reset);
                }
                case CriticalException c -> throw c;
            }
            OpAttributesWithParent next = pipeline.next();
            if (next != null) return next;
        }
    }

    private void reset(L2BlockInfo safeHead, ResetException reset) {
        resets++;
        BlockInfo origin = pipeline.origin();
        if (origin == null) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "reset with no L1 origin");
        if (reset.reason() == ResetReason.HOLOCENE_ACTIVATION) {
            pipeline.signal(new Signal.Activation(safeHead, origin, null));
            return;
        }
        if (reset.reason() == ResetReason.REORG_DETECTED) flushCaches.run();
        pipeline.signal(new Signal.Reset(safeHead, origin, null));
    }

    @Override
    public void signal(Signal signal) {
        pipeline.signal(signal);
    }

    @Override
    public BlockInfo origin() {
        return pipeline.origin();
    }

    @Override
    public RollupConfig rollupConfig() {
        return pipeline.rollupConfig();
    }

    /** Pipeline steps taken so far. */
    public long steps() {
        return steps;
    }

    /** Resets and activations handled so far. */
    public long resets() {
        return resets;
    }
}
