package io.kona4j.derive.stages;

import io.kona4j.protocol.batch.Frame;

/** What the channel bank or assembler pulls from the frame queue. */
public interface NextFrameProvider extends PipelineStage {
    Frame nextFrame();
}
