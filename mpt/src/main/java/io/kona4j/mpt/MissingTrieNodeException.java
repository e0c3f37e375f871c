package io.kona4j.mpt;

import io.kona4j.primitives.Hash;

/** The provider has no node for a hash the trie needs: the witness or proof is incomplete. */
public final class MissingTrieNodeException extends MptException {
    public MissingTrieNodeException(Hash hash, String path) {
        super("missing trie node" + where(hash, path) + ": the provider has no preimage for it", hash, path, null);
    }
}
