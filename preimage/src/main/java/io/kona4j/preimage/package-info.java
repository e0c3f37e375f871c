/**
 * The preimage-oracle ABI: keys, oracle and hint client/server, channels over pipes and memory.
 */
package io.kona4j.preimage;
