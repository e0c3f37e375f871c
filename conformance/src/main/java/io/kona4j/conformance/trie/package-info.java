/**
 * The {@code trie} suite: every case of ethereum-tests/TrieTests (ordered, any-order, secure, hex-encoded, next/prev)
 * run against the {@code mpt} module, each trie also re-opened from its nodes and proven key by key.
 */
package io.kona4j.conformance.trie;
