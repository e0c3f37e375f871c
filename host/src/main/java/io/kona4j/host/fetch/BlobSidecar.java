package io.kona4j.host.fetch;

import io.kona4j.primitives.Hash;

/**
 * A blob with its KZG commitment and proof, checked: the commitment's versioned hash is the one asked for and the
 * proof verifies the blob against the commitment (or the commitment and proof were computed from the blob).
 *
 * @param blob 131072 bytes, owned by the record
 */
public record BlobSidecar(long index, Hash versionedHash, byte[] blob, byte[] commitment, byte[] proof) {
    public static final int BLOB_SIZE = 131072;
}
