package io.kona4j.crypto.kzg;

import io.kona4j.crypto.Sha256;

/**
 * Blob-side KZG for hosts and the devnet (EIP-4844, consensus-specs polynomial-commitments): commitments and
 * proofs need the whole trusted setup, so they come from a back end that carries it ({@link EthKzgBlobKzg}).
 * Inputs are a 131,072-byte blob, 48-byte compressed commitments and proofs, 32-byte field elements.
 */
public interface BlobKzg {
    int BYTES_PER_BLOB = 131_072;
    int BYTES_PER_COMMITMENT = 48;
    int BYTES_PER_PROOF = 48;

    /** blob_to_kzg_commitment; throws {@link io.kona4j.crypto.CryptoException} for a malformed blob. */
    byte[] blobToCommitment(byte[] blob);

    /** compute_blob_kzg_proof for a blob and its commitment. */
    byte[] computeBlobProof(byte[] blob, byte[] commitment);

    /** verify_blob_kzg_proof; false (never an exception) for anything that does not verify. */
    boolean verifyBlobProof(byte[] blob, byte[] commitment, byte[] proof);

    /** compute_kzg_proof: the proof that the blob's polynomial takes value y at z, and y. */
    ProofAndEvaluation computeProof(byte[] blob, byte[] z);

    /** A KZG proof (48 bytes) and the evaluation y (32 bytes) it opens to. */
    record ProofAndEvaluation(byte[] proof, byte[] y) {}

    /** kzg_to_versioned_hash: 0x01 ‖ sha256(commitment)[1..32]. */
    static byte[] versionedHash(byte[] commitment) {
        byte[] h = Sha256.digest(commitment);
        h[0] = KzgPointEvaluation.VERSIONED_HASH_VERSION_KZG;
        return h;
    }
}
