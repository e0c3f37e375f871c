package io.kona4j.derive;

import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L2BlockInfo;

/** Builds the deposit part of the next block's payload attributes (kona's {@code AttributesBuilder}). */
public interface AttributesBuilder {
    OpPayloadAttributes preparePayloadAttributes(L2BlockInfo l2Parent, BlockNumHash epoch);
}
