/**
 * The single-chain client program: {@link io.kona4j.proof.client.SingleChainClient} (boot, sync start, pipeline and
 * driver to the claimed block, verdict and exit code) over any preimage oracle.
 */
package io.kona4j.proof.client;
