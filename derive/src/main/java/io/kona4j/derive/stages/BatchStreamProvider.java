package io.kona4j.derive.stages;

/** What the batch stream pulls from the channel reader: the next decoded batch of the current channel. */
public interface BatchStreamProvider extends PipelineStage {
    DecodedBatch nextBatch();

    /** Drops the rest of the channel being read. */
    void flush();
}
