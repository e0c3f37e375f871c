package io.kona4j.driver;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;

/**
 * What the driver needs from derivation (Kona's {@code DriverPipeline}): the next payload attributes on a safe head,
 * signals, and the current L1 origin.
 */
public interface DriverPipeline {
    /**
     * The next attributes to build on {@code safeHead}: steps until some are prepared, retrying temporary errors and
     * handling resets. A critical error (including {@code END_OF_SOURCE} when L1 is exhausted) is thrown.
     */
    OpAttributesWithParent produceAttributes(L2BlockInfo safeHead) throws PipelineException;

    /** Sends {@code signal} down the stages (the driver sends {@link Signal#FLUSH_CHANNEL}). */
    void signal(Signal signal);

    /** The pipeline's current L1 origin, or null. */
    BlockInfo origin();

    RollupConfig rollupConfig();
}
