/**
 * The {@code header} suite: real OP Sepolia headers (kona-executor fixtures) read from RPC JSON, re-encoded to RLP,
 * hashed to the published block hashes, and round-tripped JSON → Header → JSON/RLP.
 */
package io.kona4j.conformance.header;
