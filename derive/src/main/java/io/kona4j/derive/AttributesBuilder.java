package io.kona4j.derive;

import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L2BlockInfo;

/** Builds the deposit part of the next block's payload attributes (kona's {@code AttributesBuilder}). */
public interface AttributesBuilder {
    /**
     * The attributes of the block after {@code l2Parent} with L1 origin {@code epoch}, without the batch's own
     * transactions ({@link io.kona4j.derive.attributes.StatefulAttributesBuilder}). Throws a reset error when the epoch
     * does not extend the parent's origin or breaks the L2/L1 time invariant, a critical one for malformed L1 data.
     */
    OpPayloadAttributes preparePayloadAttributes(L2BlockInfo l2Parent, BlockNumHash epoch);
}
