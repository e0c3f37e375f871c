package io.kona4j.derive.stages;

import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;

/** What every stage offers the stage above: its L1 origin, advancing it, and receiving signals. */
public interface PipelineStage {
    /** The L1 block the stage is reading, or null before the first reset. */
    BlockInfo origin();

    /** Moves the bottom of the pipeline to the next L1 block. */
    void advanceOrigin();

    /** Handles a signal and passes it to the stage below. */
    void signal(Signal signal);
}
