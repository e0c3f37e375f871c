/** The {@code upgrade-tx-codec} suite: OP network-upgrade deposit transactions decode and re-encode byte for byte. */
package io.kona4j.conformance.upgradetx;
