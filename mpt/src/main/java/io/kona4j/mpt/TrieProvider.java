package io.kona4j.mpt;

import io.kona4j.primitives.Hash;

/**
 * Where a trie's nodes come from: a preimage oracle, a witness file, a key-value store, JSON-RPC. Kona's
 * {@code TrieProvider::trie_node_by_hash}. The provider returns raw bytes; {@link Trie} checks that they hash to
 * {@code hash} and decodes them, so a provider need not be trusted.
 */
@FunctionalInterface
public interface TrieProvider {
    /** A provider that has nothing: opening any node fails with {@link MissingTrieNodeException}. */
    TrieProvider NONE = hash -> null;

    /**
     * The RLP of the trie node whose keccak256 is {@code hash}, or null if this provider does not have it. Errors
     * reaching the data source propagate as the provider's own unchecked exceptions.
     */
    byte[] trieNodeByHash(Hash hash);
}
