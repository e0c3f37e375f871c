/**
 * The {@code op-vectors} suite: OP network-upgrade transactions, batch vectors, source hashes and selectors, and the
 * L1-info deposits of the real OP Sepolia blocks in the kona-executor fixtures.
 */
package io.kona4j.conformance.opvectors;
