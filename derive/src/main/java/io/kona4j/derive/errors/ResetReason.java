package io.kona4j.derive.errors;

/** Why the pipeline must be reset (kona's {@code ResetError}). */
public enum ResetReason {
    BAD_PARENT_HASH("the batch's parent hash does not match the L2 safe head"),
    BAD_TIMESTAMP("the batch's timestamp is not the safe head's plus the block time"),
    L1_ORIGIN_MISMATCH("the L1 origin does not match"),
    REORG_DETECTED("L1 reorg detected"),
    ATTRIBUTES_BUILDER("the attributes builder requires a reset"),
    HOLOCENE_ACTIVATION("Holocene activated"),
    NEXT_L1_BLOCK_HASH_MISMATCH("the next L1 block's hash does not match");

    private final String description;

    ResetReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
