package io.kona4j.executor.db;

import io.kona4j.mpt.TrieProvider;
import io.kona4j.primitives.Hash;

/**
 * Everything stateless execution reads, by hash: trie nodes (from {@link TrieProvider}), contract code and block
 * headers (Kona's {@code TrieDBProvider}). Providers return raw bytes, or null when they do not have them;
 * {@link TrieDB} checks every answer against the hash it asked for, so a provider need not be trusted.
 */
public interface TrieDBProvider extends TrieProvider {
    /** The contract code whose keccak256 is {@code codeHash}, or null if this provider does not have it. */
    byte[] bytecodeByHash(Hash codeHash);

    /** The RLP of the block header whose hash is {@code blockHash}, or null if this provider does not have it. */
    byte[] headerByHash(Hash blockHash);
}
