package io.kona4j.protocol.batch;

/** A singular or span batch that does not decode, derive or encode (PROTOCOL.md §1.8). */
public final class BatchFormatException extends BatchException {
    public BatchFormatException(String message) {
        super(message);
    }

    public BatchFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
