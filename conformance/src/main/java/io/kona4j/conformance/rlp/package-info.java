/** The {@code rlp} suite: ethereum/tests RLPTests against the strict RLP codec of {@code primitives}. */
package io.kona4j.conformance.rlp;
