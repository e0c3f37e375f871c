package io.kona4j.proof;

/** Root of the proof module's errors. */
public class ProofException extends RuntimeException {
    public ProofException(String message) {
        super(message);
    }

    public ProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
