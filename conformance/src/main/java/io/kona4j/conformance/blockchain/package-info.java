/** The {@code blockchain} suite: ethereum/tests blockchain tests imported block by block on kona4j's EVM. */
package io.kona4j.conformance.blockchain;
