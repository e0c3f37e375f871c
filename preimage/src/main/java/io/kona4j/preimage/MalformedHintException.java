package io.kona4j.preimage;

/** A hint that cannot be read as text or does not have the {@code "<type> <data>"} form its router expects. */
public final class MalformedHintException extends PreimageException {
    public MalformedHintException(String message) {
        super(message);
    }

    public MalformedHintException(String message, Throwable cause) {
        super(message, cause);
    }
}
