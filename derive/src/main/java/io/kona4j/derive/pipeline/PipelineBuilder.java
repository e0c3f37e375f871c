package io.kona4j.derive.pipeline;

import io.kona4j.derive.AttributesBuilder;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.derive.sources.DataAvailabilityProvider;
import io.kona4j.derive.stages.AttributesQueue;
import io.kona4j.derive.stages.BatchProvider;
import io.kona4j.derive.stages.BatchStream;
import io.kona4j.derive.stages.ChannelProvider;
import io.kona4j.derive.stages.ChannelReader;
import io.kona4j.derive.stages.FrameQueue;
import io.kona4j.derive.stages.L1Retrieval;
import io.kona4j.derive.stages.L1Traversal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;
import java.util.Objects;

/**
 * Wires a {@link DerivationPipeline} bottom-up (kona {@code PipelineBuilder}): L1 traversal → L1 retrieval → frame
 * queue → channel provider → channel reader → batch stream → batch provider → attributes queue. The
 * traversal starts at {@link #origin}; the caller's first reset signal anchors every stage on the safe head.
 */
public final class PipelineBuilder {
    private RollupConfig rollupConfig;
    private DataAvailabilityProvider dapSource;
    private ChainProvider chainProvider;
    private L2ChainProvider l2ChainProvider;
    private AttributesBuilder builder;
    private BlockInfo origin;

    public PipelineBuilder rollupConfig(RollupConfig v) {
        rollupConfig = v;
        return this;
    }

    public PipelineBuilder dapSource(DataAvailabilityProvider v) {
        dapSource = v;
        return this;
    }

    public PipelineBuilder chainProvider(ChainProvider v) {
        chainProvider = v;
        return this;
    }

    public PipelineBuilder l2ChainProvider(L2ChainProvider v) {
        l2ChainProvider = v;
        return this;
    }

    public PipelineBuilder builder(AttributesBuilder v) {
        builder = v;
        return this;
    }

    /** The L1 block traversal starts at. */
    public PipelineBuilder origin(BlockInfo v) {
        origin = v;
        return this;
    }

    public DerivationPipeline build() {
        Objects.requireNonNull(rollupConfig, "rollupConfig");
        Objects.requireNonNull(dapSource, "dapSource");
        Objects.requireNonNull(chainProvider, "chainProvider");
        Objects.requireNonNull(l2ChainProvider, "l2ChainProvider");
        Objects.requireNonNull(builder, "builder");
        L1Traversal traversal = new L1Traversal(chainProvider, rollupConfig, origin);
        L1Retrieval retrieval = new L1Retrieval(traversal, dapSource);
        FrameQueue frames = new FrameQueue(retrieval, rollupConfig);
        ChannelProvider channels = new ChannelProvider(frames, rollupConfig);
        ChannelReader reader = new ChannelReader(channels, rollupConfig);
        BatchStream stream = new BatchStream(reader, rollupConfig, l2ChainProvider);
        BatchProvider batches = new BatchProvider(stream, rollupConfig, l2ChainProvider);
        AttributesQueue attributes = new AttributesQueue(batches, rollupConfig, builder);
        return new DerivationPipeline(attributes, rollupConfig, l2ChainProvider);
    }
}
