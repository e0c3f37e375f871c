package io.kona4j.preimage;

/** A 32-byte key whose type byte is not a known {@link PreimageKeyType}, or a key built from malformed parts. */
public final class InvalidPreimageKeyException extends PreimageException {
    public InvalidPreimageKeyException(String message) {
        super(message);
    }
}
