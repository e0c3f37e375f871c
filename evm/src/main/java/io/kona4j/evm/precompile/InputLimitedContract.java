package io.kona4j.evm.precompile;

import io.kona4j.crypto.precompile.PrecompiledContract;

/**
 * An OP input-size limit around a precompile (PROTOCOL.md §2.5): an input longer than the limit fails, which
 * consumes all the gas given to the call, as op-revm does.
 */
final class InputLimitedContract implements PrecompiledContract {
    private final PrecompiledContract inner;
    private final int limit;

    InputLimitedContract(PrecompiledContract inner, int limit) {
        this.inner = inner;
        this.limit = limit;
    }

    @Override
    public long gas(byte[] input) {
        return input.length > limit ? Long.MAX_VALUE : inner.gas(input);
    }

    @Override
    public byte[] run(byte[] input) {
        return input.length > limit ? null : inner.run(input);
    }
}
