package io.kona4j.derive.stages;

import io.kona4j.primitives.Address;
import io.kona4j.protocol.BlockInfo;

/** What L1 retrieval pulls from L1 traversal. */
public interface L1RetrievalProvider extends PipelineStage {
    /** The current L1 block, once per block; then a temporary EOF until the origin advances. */
    BlockInfo nextL1Block();

    /** The batcher address from the system config as of the current L1 block. */
    Address batcherAddress();
}
