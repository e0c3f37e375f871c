package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import java.util.List;

/** Verifies Merkle proofs as {@link Trie#proof(byte[])} and {@code eth_getProof} produce them. */
public final class TrieProof {
    private TrieProof() {}

    /**
     * The value {@code proof} proves for {@code key} under {@code root}, or null if it proves the key absent. A proof
     * lacking a node on the path gives {@link MissingTrieNodeException}; nodes are checked against their hashes, so
     * bytes not belonging to the trie are never used. Extra nodes in the proof are ignored.
     */
    public static byte[] verify(Hash root, byte[] key, List<byte[]> proof) {
        return Trie.open(root, InMemoryTrieProvider.of(proof)).get(key);
    }
}
