/**
 * The {@code genesis} suite: superchain-registry chains' genesis state tries and headers rebuilt from the
 * compressed genesis definitions and matched against each chain's published genesis L2 hash.
 */
package io.kona4j.conformance.genesis;
