package io.kona4j.derive;

import io.kona4j.consensus.Block;
import io.kona4j.protocol.L2BlockInfo;

/** The safe L2 chain, as batch validation reads it (kona's {@code BatchValidationProvider}). */
public interface BatchValidationProvider {
    /** The safe block {@code number} with its L1 origin and sequence number ({@link L2BlockInfo#fromBlock}). */
    L2BlockInfo l2BlockInfoByNumber(long number);

    /** The full safe block {@code number} (header and transactions). */
    Block blockByNumber(long number);
}
