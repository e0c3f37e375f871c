/** JMH benchmarks of the primitives: Keccak-256 at trie-node and bulk sizes. */
package io.kona4j.bench.primitives;
