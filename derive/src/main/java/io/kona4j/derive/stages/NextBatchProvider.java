package io.kona4j.derive.stages;

import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import java.util.List;

/** What the batch queue or validator pulls from the batch stream. */
public interface NextBatchProvider extends PipelineStage {
    /**
     * The next batch for a chain whose safe head is {@code parent}; {@code l1Origins} are the L1 blocks the caller
     * has buffered from the safe head's origin on (needed to split span batches under Holocene).
     */
    DecodedBatch nextBatch(L2BlockInfo parent, List<BlockInfo> l1Origins);

    /** Drops any buffered span batch and the channel it came from. */
    void flush();
}
