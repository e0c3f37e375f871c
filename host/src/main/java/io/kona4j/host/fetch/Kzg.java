package io.kona4j.host.fetch;

import ethereum.cryptography.LibEthKZG;
import io.kona4j.primitives.Hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * KZG for blobs through java-eth-kzg (mainnet trusted setup embedded), loaded once on first use, without the
 * precomputed tables that only speed up cell proofs (they cost seconds of start-up and are not needed here).
 */
final class Kzg {
    private static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

    private Kzg() {}

    private static final class Holder {
        static final LibEthKZG LIB = new LibEthKZG(false);
    }

    static byte[] commitment(byte[] blob) {
        return Holder.LIB.blobToKZGCommitment(blob);
    }

    static byte[] proof(byte[] blob, byte[] commitment) {
        return Holder.LIB.computeBlobKzgProof(blob, commitment);
    }

    static boolean verify(byte[] blob, byte[] commitment, byte[] proof) {
        return Holder.LIB.verifyBlobKzgProof(blob, commitment, proof);
    }

    /** EIP-4844 {@code kzg_to_versioned_hash}: 0x01 ‖ sha256(commitment)[1:]. */
    static Hash versionedHash(byte[] commitment) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(commitment);
            d[0] = VERSIONED_HASH_VERSION_KZG;
            return Hash.wrap(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
