package io.kona4j.derive;

import io.kona4j.consensus.Block;
import io.kona4j.protocol.L2BlockInfo;

/** The safe L2 chain, as batch validation reads it (kona's {@code BatchValidationProvider}). */
public interface BatchValidationProvider {
    L2BlockInfo l2BlockInfoByNumber(long number);

    Block blockByNumber(long number);
}
