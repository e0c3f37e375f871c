/**
 * Oracle-backed L2 data for the client program: the safe chain, its system config, and state for the executor
 * ({@link io.kona4j.proof.l2.OracleL2ChainProvider}), with the EIP-2935 history lookback ({@link io.kona4j.proof.l2.Eip2935}).
 */
package io.kona4j.proof.l2;
