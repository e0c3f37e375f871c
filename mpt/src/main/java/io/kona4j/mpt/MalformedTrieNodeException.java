package io.kona4j.mpt;

import io.kona4j.primitives.Hash;

/** Bytes that are not the RLP of a trie node (or not a canonical one). */
public final class MalformedTrieNodeException extends MptException {
    private final String reason;

    public MalformedTrieNodeException(String reason, Hash hash, String path, Throwable cause) {
        super("malformed trie node" + where(hash, path) + ": " + reason, hash, path, cause);
        this.reason = reason;
    }

    /** A node decoded on its own, with no hash or path known. */
    public MalformedTrieNodeException(String reason, Throwable cause) {
        this(reason, null, null, cause);
    }

    /** What is wrong with the bytes, without the location. */
    public String reason() {
        return reason;
    }
}
