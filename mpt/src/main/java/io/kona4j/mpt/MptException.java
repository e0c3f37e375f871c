package io.kona4j.mpt;

import io.kona4j.primitives.Hash;

/**
 * Root of the trie's errors. Errors about a node carry the hash it was requested by (null for a node that was never
 * hash-referenced, such as a root given as bytes) and its nibble path from the root, so a user can tell which witness
 * entry is wrong or absent.
 */
public class MptException extends RuntimeException {
    private final Hash hash;
    private final String path;

    public MptException(String message) {
        this(message, null, null, null);
    }

    protected MptException(String message, Hash hash, String path, Throwable cause) {
        super(message, cause);
        this.hash = hash;
        this.path = path;
    }

    /** The hash the node was requested by, or null. */
    public Hash hash() {
        return hash;
    }

    /** The node's nibble path from the root as lower-case hex digits ("" for the root), or null. */
    public String path() {
        return path;
    }

    static String where(Hash hash, String path) {
        String p = path == null ? "" : path.isEmpty() ? " at the root" : " at nibble path 0x" + path;
        return (hash == null ? "" : " " + hash.toHex()) + p;
    }
}
