package io.kona4j.proof.l1;

import io.kona4j.crypto.CryptoException;
import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.derive.sources.BlobProvider;
import io.kona4j.derive.sources.IndexedBlobHash;
import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.OracleReads;
import io.kona4j.proof.hint.Hint;
import io.kona4j.protocol.BlockInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Blobs read through the preimage oracle (Kona's {@code OracleBlobProvider}). Per blob: hint
 * {@code l1-blob <versioned hash ‖ index u64 ‖ L1 block timestamp u64>} (Kona's 48-byte layout), the 48-byte
 * commitment as the preimage of the sha256 key of the versioned hash (so it is checked: sha256(commitment) must match
 * the versioned hash), then field element i as the 32-byte preimage of the blob key over
 * {@code keccak256(commitment ‖ root of unity i)} with the roots in bit-reversed order.
 *
 * <p>Blob keys cannot be checked by hashing, so unlike Kona's client (which trusts the FPVM's on-chain oracle) the
 * reassembled blob is checked against the commitment with KZG ({@code blob_to_kzg_commitment}); a blob that does not
 * commit to it is an error, never data.
 */
public final class OracleBlobProvider implements BlobProvider {
    static final int BLOB_SIZE = RootsOfUnity.FIELD_ELEMENTS_PER_BLOB * 32;
    static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

    private final CommsClient oracle;
    private final BlobKzg kzg;

    public OracleBlobProvider(CommsClient oracle, BlobKzg kzg) {
        this.oracle = Objects.requireNonNull(oracle, "oracle");
        this.kzg = Objects.requireNonNull(kzg, "kzg");
    }

    @Override
    public List<byte[]> getAndValidateBlobs(BlockInfo block, List<IndexedBlobHash> hashes) {
        List<byte[]> out = new ArrayList<>(hashes.size());
        for (IndexedBlobHash h : hashes) out.add(blob(block, h));
        return out;
    }

    private byte[] blob(BlockInfo block, IndexedBlobHash h) {
        Hash vh = h.hash();
        if (vh.unsafeBytes()[0] != VERSIONED_HASH_VERSION_KZG) {
            throw new OracleProviderException("blob " + h.index() + " of L1 block " + block.number()
                    + " has versioned hash " + vh + " without the KZG version byte 0x01");
        }
        Hint.l1Blob(vh, h.index(), block.timestamp()).send(oracle);
        byte[] commitment = new byte[PreimageKey.COMMITMENT_SIZE];
        OracleReads.exact(oracle, PreimageKey.sha256(vh), commitment, "blob commitment");

        byte[] blob = new byte[BLOB_SIZE];
        byte[] fe = new byte[32];
        for (int i = 0; i < RootsOfUnity.FIELD_ELEMENTS_PER_BLOB; i++) {
            PreimageKey key = PreimageKey.blob(commitment, RootsOfUnity.rootUnsafe(i));
            OracleReads.exact(oracle, key, fe, "blob field element " + i);
            System.arraycopy(fe, 0, blob, i << 5, 32);
        }
        byte[] computed;
        try {
            computed = kzg.blobToCommitment(blob);
        } catch (CryptoException e) {
            throw new OracleProviderException("blob " + vh + " from the oracle is not a valid blob: " + e.getMessage(), e);
        }
        if (!Arrays.equals(computed, commitment)) {
            throw new OracleProviderException("blob " + vh + " from the oracle does not match its KZG commitment");
        }
        return blob;
    }
}
