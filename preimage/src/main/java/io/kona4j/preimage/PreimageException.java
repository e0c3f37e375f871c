package io.kona4j.preimage;

/** Root of the preimage module's errors: anything that goes wrong on the oracle or hint channels. */
public class PreimageException extends RuntimeException {
    public PreimageException(String message) {
        super(message);
    }

    public PreimageException(String message, Throwable cause) {
        super(message, cause);
    }
}
