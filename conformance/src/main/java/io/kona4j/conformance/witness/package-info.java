/**
 * The {@code witness} suite: every account the kona-executor fixtures' transactions touch is opened from the parent
 * state root through the fixture's key-value witness, each node verified against its hash.
 */
package io.kona4j.conformance.witness;
