package io.kona4j.executor.db;

import io.kona4j.executor.ExecutorException;

/** The witness answered with data that does not hash to the key it was asked for, or that does not decode. */
public final class BadWitnessDataException extends ExecutorException {
    public BadWitnessDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
