package io.kona4j.derive.stages;

/** The verdict on a batch (PROTOCOL.md §1.9). */
public enum BatchValidity {
    /** Invalid: throw it away (from Holocene also flush the channel). */
    DROP,
    /** Valid: apply it next. */
    ACCEPT,
    /** More L1 data is needed to decide. */
    UNDECIDED,
    /** For a later L2 block (pre-Holocene: kept for later). */
    FUTURE,
    /** Holocene: entirely at or before the safe head; skipped silently. */
    PAST
}
