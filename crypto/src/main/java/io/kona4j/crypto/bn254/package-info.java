/**
 * BN254 (alt_bn128) in pure Java: Montgomery F_p on 4×64-bit limbs, the F_p²/F_p⁶/F_p¹² tower, G1 and the twist G2
 * in Jacobian coordinates with the fast G2 subgroup check, and the optimal-ate multi-pairing; {@link
 * io.kona4j.crypto.bn254.Bn254} exposes them on the EIP-196/197 encodings.
 */
package io.kona4j.crypto.bn254;
