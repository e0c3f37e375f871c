package io.kona4j.proof.hint;

import java.util.HashMap;
import java.util.Map;

/**
 * The single-chain hint types of Kona ({@code proof/src/hint.rs}) with their wire strings and the length of their data
 * as Kona's host checks it ({@code host/src/single/handler.rs}). Variable-length types give a minimum.
 */
public enum HintType {
    /** L1 block hash (32): the header RLP is then served under its keccak key. */
    L1_BLOCK_HEADER("l1-block-header", 32, true),
    /** L1 block hash (32): the transaction trie's nodes. */
    L1_TRANSACTIONS("l1-transactions", 32, true),
    /** L1 block hash (32): the receipt trie's nodes. */
    L1_RECEIPTS("l1-receipts", 32, true),
    /** Versioned hash (32) ‖ blob index u64 BE ‖ L1 block timestamp u64 BE: the commitment and 4096 field elements. */
    L1_BLOB("l1-blob", 48, true),
    /** Precompile address (20) ‖ required gas u64 BE ‖ input: the result {@code status ‖ output} under a precompile key. */
    L1_PRECOMPILE("l1-precompile", 28, false),
    /** L2 block hash (32). */
    L2_BLOCK_HEADER("l2-block-header", 32, true),
    /** L2 block hash (32): the transaction trie's nodes. */
    L2_TRANSACTIONS("l2-transactions", 32, true),
    /** Code hash (32). */
    L2_CODE("l2-code", 32, true),
    /** Agreed output root (32): the 128-byte output root preimage. */
    STARTING_L2_OUTPUT("starting-l2-output", 32, true),
    /** Trie node hash (32). */
    L2_STATE_NODE("l2-state-node", 32, true),
    /** Block number u64 BE ‖ address (20). */
    L2_ACCOUNT_PROOF("l2-account-proof", 28, true),
    /** Block number u64 BE ‖ address (20) ‖ storage slot (32). */
    L2_ACCOUNT_STORAGE_PROOF("l2-account-storage-proof", 60, true),
    /** Parent block hash (32) ‖ JSON of the payload attributes: the execution witness of the block built on it. */
    L2_PAYLOAD_WITNESS("l2-payload-witness", 32, false);

    private static final Map<String, HintType> BY_NAME = new HashMap<>();

    static {
        for (HintType t : values()) BY_NAME.put(t.wireName, t);
    }

    private final String wireName;
    private final int dataLength;
    private final boolean fixedLength;

    HintType(String wireName, int dataLength, boolean fixedLength) {
        this.wireName = wireName;
        this.dataLength = dataLength;
        this.fixedLength = fixedLength;
    }

    /** The string before the space on the wire. */
    public String wireName() {
        return wireName;
    }

    /** The exact data length, or the minimum for the variable-length types. */
    public int dataLength() {
        return dataLength;
    }

    public boolean fixedLength() {
        return fixedLength;
    }

    /** The type named {@code name}; unknown names are a {@link HintParsingException}. */
    public static HintType fromWireName(String name) {
        HintType t = BY_NAME.get(name);
        if (t == null) throw new HintParsingException("unknown hint type '" + abbreviate(name) + "'");
        return t;
    }

    /** Checks that {@code length} bytes of data fit this type's layout. */
    public void checkDataLength(int length) {
        if (fixedLength ? length != dataLength : length < dataLength) {
            throw new HintParsingException(wireName + " hint data must be " + (fixedLength ? "exactly " : "at least ")
                    + dataLength + " bytes, got " + length);
        }
    }

    @Override
    public String toString() {
        return wireName;
    }

    static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}
