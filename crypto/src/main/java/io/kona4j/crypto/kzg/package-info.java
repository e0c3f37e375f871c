/**
 * KZG commitments over BLS12-381 for EIP-4844 blobs: the point evaluation precompile (pure Java, needing only the
 * trusted setup's [τ]G2) and, behind {@link io.kona4j.crypto.kzg.BlobKzg}, blob commitments and proofs for hosts and
 * the devnet, which need the full setup.
 */
package io.kona4j.crypto.kzg;
