package io.kona4j.derive.stages;

import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.batch.SingularBatch;

/** What the attributes queue pulls from the batch queue or validator: the next valid singular batch. */
public interface AttributesProvider extends PipelineStage {
    SingularBatch nextBatch(L2BlockInfo parent);

    /** True if the last batch returned was the last of its span batch (always true for singular batches). */
    boolean isLastInSpan();
}
