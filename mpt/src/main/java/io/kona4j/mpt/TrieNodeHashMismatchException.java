package io.kona4j.mpt;

import io.kona4j.primitives.Hash;

/** The provider returned bytes whose keccak256 is not the hash they were requested by. */
public final class TrieNodeHashMismatchException extends MptException {
    private final Hash actual;

    public TrieNodeHashMismatchException(Hash requested, Hash actual, String path) {
        super("trie node requested as" + where(requested, path) + " hashes to " + actual.toHex()
                + ": the provider returned the wrong preimage", requested, path, null);
        this.actual = actual;
    }

    /** keccak256 of the bytes the provider returned. */
    public Hash actual() {
        return actual;
    }
}
