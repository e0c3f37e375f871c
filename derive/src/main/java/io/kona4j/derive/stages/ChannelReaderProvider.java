package io.kona4j.derive.stages;

/** What the channel reader pulls from the channel provider: a complete channel's data, or null for none yet. */
public interface ChannelReaderProvider extends PipelineStage {
    byte[] nextData();
}
