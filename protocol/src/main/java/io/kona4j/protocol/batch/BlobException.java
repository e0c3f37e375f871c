package io.kona4j.protocol.batch;

/** A blob that does not follow the version-0 blob data encoding (PROTOCOL.md §1.3): that blob alone is skipped. */
public final class BlobException extends BatchException {
    public BlobException(String message) {
        super(message);
    }
}
