/** JMH benchmarks of the Merkle Patricia Trie: building and re-rooting large tries. */
package io.kona4j.bench.mpt;
