package io.kona4j.proof.client;

import io.kona4j.crypto.kzg.BlobKzg;

import java.util.function.Supplier;

/** A {@link BlobKzg} made on first use, so runs that read no blob never load a KZG back end. */
final class LazyKzg implements BlobKzg {
    private final Supplier<BlobKzg> factory;
    private BlobKzg kzg;

    LazyKzg(Supplier<BlobKzg> factory) {
        this.factory = factory;
    }

    private BlobKzg get() {
        if (kzg == null) kzg = factory.get();
        return kzg;
    }

    @Override
    public byte[] blobToCommitment(byte[] blob) {
        return get().blobToCommitment(blob);
    }

    @Override
    public byte[] computeBlobProof(byte[] blob, byte[] commitment) {
        return get().computeBlobProof(blob, commitment);
    }

    @Override
    public boolean verifyBlobProof(byte[] blob, byte[] commitment, byte[] proof) {
        return get().verifyBlobProof(blob, commitment, proof);
    }

    @Override
    public ProofAndEvaluation computeProof(byte[] blob, byte[] z) {
        return get().computeProof(blob, z);
    }
}
