/**
 * The Merkle Patricia Trie: {@link io.kona4j.mpt.Trie} opened lazily through a {@link io.kona4j.mpt.TrieProvider},
 * every fetched node verified against its hash, with insert, delete (sibling collapse), cached root hashing, proofs,
 * secure (hashed-key) tries, ordered-list tries and their walker. Errors derive from {@link io.kona4j.mpt.MptException}.
 */
package io.kona4j.mpt;
