package io.kona4j.mpt;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;

/**
 * A {@link Trie} whose keys are hashed with keccak256 before use, as in Ethereum's state trie (key = keccak(address),
 * value = RLP of the {@link TrieAccount}) and storage tries (key = keccak(slot as 32 bytes), value = RLP of the
 * slot's value without leading zeros).
 */
public final class SecureTrie {
    private final Trie trie;

    private SecureTrie(Trie trie) {
        this.trie = trie;
    }

    public static SecureTrie empty() {
        return new SecureTrie(Trie.empty());
    }

    public static SecureTrie open(Hash root, TrieProvider provider) {
        return new SecureTrie(Trie.open(root, provider));
    }

    /** The underlying trie, keyed by the hashed keys (for proofs and iteration). */
    public Trie trie() {
        return trie;
    }

    public byte[] get(byte[] key) {
        return trie.get(hashKey(key));
    }

    /** Sets {@code key} to {@code value}; an empty value deletes. */
    public void put(byte[] key, byte[] value) {
        trie.put(hashKey(key), value);
    }

    public boolean delete(byte[] key) {
        return trie.delete(hashKey(key));
    }

    public Hash rootHash() {
        return trie.rootHash();
    }

    /** keccak256 of a key, the path it takes in a secure trie. */
    public static byte[] hashKey(byte[] key) {
        return Keccak256.digest(key);
    }

    /** The state-trie key of an account: keccak256(address). */
    public static byte[] accountKey(Address address) {
        return Keccak256.digest(address.unsafeBytes());
    }

    /** The storage-trie key of a slot: keccak256 of the slot as a 32-byte big-endian word. */
    public static byte[] storageKey(UInt256 slot) {
        return Keccak256.digest(slot.toBytes32());
    }

    /** The storage-trie value of a slot: the RLP of its value with leading zeros dropped (zero is never stored). */
    public static byte[] storageValue(UInt256 value) {
        return RlpWriter.encodeBytes(value.toMinimalBytes());
    }
}
