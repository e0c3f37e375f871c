package io.kona4j.derive.sources;

import io.kona4j.protocol.BlockInfo;
import java.util.List;

/** Blob sidecars (kona's {@code BlobProvider}). */
public interface BlobProvider {
    /**
     * The 131,072-byte blobs for {@code hashes} of {@code block}, in the same order, each checked against its
     * versioned hash. Throw {@link io.kona4j.derive.errors.PipelineException} for the severity (temporary to retry).
     */
    List<byte[]> getAndValidateBlobs(BlockInfo block, List<IndexedBlobHash> hashes);
}
