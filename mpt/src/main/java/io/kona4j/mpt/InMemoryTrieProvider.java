package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Trie nodes (or any keccak preimages) in a hash map keyed by their keccak256: for proofs, witnesses read into memory,
 * and tests. {@link #put(byte[])} computes the key itself, so the map cannot hold a wrong preimage.
 */
public final class InMemoryTrieProvider implements TrieProvider {
    private final Map<Hash, byte[]> nodes = new HashMap<>();

    public InMemoryTrieProvider() {}

    /** A provider holding each of {@code preimages} under its hash. */
    public static InMemoryTrieProvider of(Collection<byte[]> preimages) {
        InMemoryTrieProvider p = new InMemoryTrieProvider();
        for (byte[] b : preimages) p.put(b);
        return p;
    }

    /** Stores a copy of {@code preimage} under keccak256(preimage) and returns that hash. */
    public Hash put(byte[] preimage) {
        Hash h = Keccak256.hash(preimage);
        nodes.put(h, preimage.clone());
        return h;
    }

    /**
     * Stores {@code value} under {@code key} as given, without checking it: for data read from an untrusted store
     * whose consumers verify (as {@link Trie} does).
     */
    public void putUnchecked(Hash key, byte[] value) {
        nodes.put(key, value.clone());
    }

    public int size() {
        return nodes.size();
    }

    public boolean contains(Hash hash) {
        return nodes.containsKey(hash);
    }

    @Override
    public byte[] trieNodeByHash(Hash hash) {
        byte[] b = nodes.get(hash);
        return b == null ? null : b.clone();
    }
}
