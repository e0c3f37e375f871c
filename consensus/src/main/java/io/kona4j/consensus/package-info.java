/**
 * The Ethereum and OP Stack data model: {@link io.kona4j.consensus.Header} (every fork), the
 * {@link io.kona4j.consensus.Transaction} family (legacy, EIP-2930, EIP-1559, EIP-4844, EIP-7702, OP deposit 0x7E),
 * {@link io.kona4j.consensus.Receipt}s with logs and bloom, withdrawals and blocks, with their canonical RLP
 * encodings, hashes, signing hashes, sender recovery and {@link io.kona4j.consensus.IntrinsicGas}.
 */
package io.kona4j.consensus;
