package io.kona4j.proof.hint;

import io.kona4j.proof.ProofException;

/** A hint string that is not {@code "<known type> <hex data>"}, or whose data does not have its type's layout. */
public final class HintParsingException extends ProofException {
    public HintParsingException(String message) {
        super(message);
    }

    public HintParsingException(String message, Throwable cause) {
        super(message, cause);
    }
}
