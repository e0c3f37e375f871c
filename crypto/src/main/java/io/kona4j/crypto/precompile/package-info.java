/**
 * Precompiled contracts with their exact input rules and gas (ecrecover, hashes, EIP-198/2565 modexp, EIP-196/197
 * BN254, EIP-152 blake2f, RIP-7212 P-256), built by {@link io.kona4j.crypto.precompile.Precompiles} over the curve
 * arithmetic of the sibling packages.
 */
package io.kona4j.crypto.precompile;
