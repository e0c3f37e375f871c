/**
 * BLS12-381 in pure Java: the field tower F_p → F_p² → F_p⁶ → F_p¹², G1 and G2 in Jacobian coordinates, MSM,
 * subgroup checks, the optimal ate multi-pairing, RFC 9380 map-to-curve, and the EIP-2537 precompiles over a
 * pluggable {@link io.kona4j.crypto.bls12381.Bls12381Backend} (pure Java, or blst through jblst).
 */
package io.kona4j.crypto.bls12381;
