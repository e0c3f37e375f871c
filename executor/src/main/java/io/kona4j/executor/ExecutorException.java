package io.kona4j.executor;

/**
 * Root of the executor's errors. Subtypes say what went wrong in a way a caller can act on:
 * {@link InvalidBlockException} (the payload cannot make a valid block; the driver may drop it or, from Holocene,
 * retry deposit-only), {@link io.kona4j.executor.db.MissingWitnessException} (the witness lacks data the execution
 * needs) and {@link io.kona4j.executor.db.BadWitnessDataException} (the witness holds data that does not match its
 * hash or does not decode).
 */
public class ExecutorException extends RuntimeException {
    public ExecutorException(String message) {
        super(message);
    }

    public ExecutorException(String message, Throwable cause) {
        super(message, cause);
    }
}
