/**
 * Oracle-backed L1 data for the client program: the L1 chain ({@link io.kona4j.proof.l1.OracleL1ChainProvider}) and
 * blobs ({@link io.kona4j.proof.l1.OracleBlobProvider}), every answer authenticated by the L1 head or a commitment.
 */
package io.kona4j.proof.l1;
