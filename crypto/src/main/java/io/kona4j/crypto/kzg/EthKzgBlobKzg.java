package io.kona4j.crypto.kzg;

import ethereum.cryptography.LibEthKZG;
import io.kona4j.crypto.CryptoException;

/**
 * {@link BlobKzg} over {@code io.github.crate-crypto:java-eth-kzg} (Rust, JNI), which embeds the mainnet trusted
 * setup. One native context per process, created on first use, without the precomputed tables that only speed up
 * cell proofs (PeerDAS): building them costs seconds of CPU in every process that touches a blob, e.g. each
 * {@code kona4j client} run.
 */
public final class EthKzgBlobKzg implements BlobKzg {
    private static volatile EthKzgBlobKzg instance;

    private final LibEthKZG lib;

    private EthKzgBlobKzg(LibEthKZG lib) {
        this.lib = lib;
    }

    public static EthKzgBlobKzg instance() {
        EthKzgBlobKzg k = instance;
        if (k == null) {
            synchronized (EthKzgBlobKzg.class) {
                k = instance;
                if (k == null) {
                    try {
                        k = new EthKzgBlobKzg(new LibEthKZG(false));
                    } catch (LinkageError | RuntimeException e) {
                        throw new CryptoException("java-eth-kzg cannot load its native library on this platform", e);
                    }
                    instance = k;
                }
            }
        }
        return k;
    }

    private static void checkLength(String what, byte[] b, int expected) {
        if (b == null || b.length != expected) {
            throw new CryptoException(what + " must be " + expected + " bytes, got "
                    + (b == null ? "none" : b.length));
        }
    }

    @Override
    public byte[] blobToCommitment(byte[] blob) {
        checkLength("blob", blob, BYTES_PER_BLOB);
        try {
            return lib.blobToKZGCommitment(blob);
        } catch (RuntimeException e) {
            throw new CryptoException("blob rejected (a field element not below BLS_MODULUS?): " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] computeBlobProof(byte[] blob, byte[] commitment) {
        checkLength("blob", blob, BYTES_PER_BLOB);
        checkLength("commitment", commitment, BYTES_PER_COMMITMENT);
        try {
            return lib.computeBlobKzgProof(blob, commitment);
        } catch (RuntimeException e) {
            throw new CryptoException("cannot compute the blob proof: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verifyBlobProof(byte[] blob, byte[] commitment, byte[] proof) {
        if (blob == null || blob.length != BYTES_PER_BLOB || commitment == null
                || commitment.length != BYTES_PER_COMMITMENT || proof == null || proof.length != BYTES_PER_PROOF) {
            return false;
        }
        try {
            return lib.verifyBlobKzgProof(blob, commitment, proof);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ProofAndEvaluation computeProof(byte[] blob, byte[] z) {
        checkLength("blob", blob, BYTES_PER_BLOB);
        checkLength("z", z, 32);
        try {
            byte[][] r = lib.computeKzgProof(blob, z);
            return new ProofAndEvaluation(r[0], r[1]);
        } catch (RuntimeException e) {
            throw new CryptoException("cannot compute the KZG proof: " + e.getMessage(), e);
        }
    }

    /** verify_kzg_proof through the native library, for differential tests against the pure-Java check. */
    public boolean verifyProof(byte[] commitment, byte[] z, byte[] y, byte[] proof) {
        try {
            return lib.verifyKzgProof(commitment, z, y, proof);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
