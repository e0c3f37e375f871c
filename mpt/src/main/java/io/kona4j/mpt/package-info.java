/**
 * The Merkle Patricia Trie: lazily opened through a {@code TrieProvider}, verified node by node,
 * with insert, delete, root, proofs and ordered-list tries.
 */
package io.kona4j.mpt;
