package io.kona4j.crypto.precompile;

/**
 * One precompiled contract as the EVM calls it: a gas price for an input, and the output, with the contract's own
 * input rules applied. The EVM's registry maps addresses to these per fork (and applies OP input-size limits).
 */
public interface PrecompiledContract {
    /** The gas this input costs; saturates at {@link Long#MAX_VALUE} for absurd inputs instead of overflowing. */
    long gas(byte[] input);

    /**
     * The output for this input, or {@code null} when the input is invalid: the call then fails and consumes all the
     * gas it was given. Never throws for any input.
     */
    byte[] run(byte[] input);
}
