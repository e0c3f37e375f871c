/**
 * The fault-proof client program's oracle layer: {@link io.kona4j.proof.BootInfo} read from Kona's local keys and a
 * bounded LRU {@link io.kona4j.proof.CachingOracle}; the oracle-backed providers and the client flow build on them.
 */
package io.kona4j.proof;
