package io.kona4j.host.fetch;

import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.primitives.Hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * KZG for blobs through the process's one java-eth-kzg context ({@link EthKzgBlobKzg}, mainnet trusted setup
 * embedded, no cell-proof tables), the same context the client program uses when host and client share a process
 * (native mode): creating one costs seconds, so a native run creates it once.
 */
final class Kzg {
    private static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

    private Kzg() {}

    static byte[] commitment(byte[] blob) {
        return EthKzgBlobKzg.instance().blobToCommitment(blob);
    }

    static byte[] proof(byte[] blob, byte[] commitment) {
        return EthKzgBlobKzg.instance().computeBlobProof(blob, commitment);
    }

    static boolean verify(byte[] blob, byte[] commitment, byte[] proof) {
        return EthKzgBlobKzg.instance().verifyBlobProof(blob, commitment, proof);
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
