/**
 * Hash functions and elliptic-curve arithmetic behind signatures and precompiles: secp256k1, SHA-256,
 * RIPEMD-160, BN254, BLS12-381, KZG, P-256. Pure Java by default; native back ends optional.
 */
package io.kona4j.crypto;
