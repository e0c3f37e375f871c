/**
 * JMH benchmarks of BLS12-381 (EIP-2537 pairing, G1 MSM, map to G2) and KZG point evaluation, the pure-Java code
 * beside the native back ends (blst, java-eth-kzg).
 */
package io.kona4j.bench.bls;
