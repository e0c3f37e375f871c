package io.kona4j.executor.db;

import io.kona4j.executor.ExecutorException;
import io.kona4j.primitives.Hash;

/**
 * The witness lacks a preimage execution needs. The message names the missing hash and what it was needed for (the
 * account, the storage slot, the code or the header), so the witness producer can be fixed.
 */
public final class MissingWitnessException extends ExecutorException {
    private final Hash hash;

    public MissingWitnessException(Hash hash, String neededFor, Throwable cause) {
        super("witness is missing " + hash.toHex() + ", needed for " + neededFor, cause);
        this.hash = hash;
    }

    /** The hash the provider had no preimage for. */
    public Hash hash() {
        return hash;
    }
}
