package io.kona4j.derive.stages;

/** What the frame queue pulls from L1 retrieval: batcher transaction data, then a temporary EOF per L1 block. */
public interface FrameQueueProvider extends PipelineStage {
    byte[] nextData();
}
