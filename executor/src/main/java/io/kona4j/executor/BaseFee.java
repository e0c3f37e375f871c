package io.kona4j.executor;

import io.kona4j.primitives.UInt256;

/**
 * The EIP-1559 base fee of the next block (PROTOCOL.md §2.4), as op-geth and alloy compute it:
 * {@code target = gasLimit / elasticity}; above target the fee rises by {@code max(1, fee·(used−target)/target/denominator)},
 * below it falls by {@code fee·(target−used)/target/denominator}. Jovian meters {@code max(gasUsed, blobGasUsed)} and
 * clamps the result to the parent's minimum base fee; {@link #next} takes those already resolved.
 */
public final class BaseFee {
    private BaseFee() {}

    /** The base fee after a block that used {@code gasUsed} of {@code gasLimit} at {@code baseFee}. */
    public static UInt256 next(long gasUsed, long gasLimit, UInt256 baseFee, Eip1559Params params) {
        long target = Long.divideUnsigned(gasLimit, params.elasticity());
        if (target == 0) throw new InvalidBlockException("parent gas limit " + Long.toUnsignedString(gasLimit)
                + " is below its elasticity " + params.elasticity() + ": the gas target is zero");
        int c = Long.compareUnsigned(gasUsed, target);
        if (c == 0) return baseFee;
        UInt256 divisor = UInt256.valueOf(target).mul(UInt256.valueOf(params.denominator()));
        if (c > 0) {
            UInt256 delta = baseFee.mul(UInt256.valueOf(gasUsed - target)).div(divisor);
            return baseFee.add(delta.isZero() ? UInt256.ONE : delta);
        }
        UInt256 delta = baseFee.mul(UInt256.valueOf(target - gasUsed)).div(divisor);
        return delta.compareTo(baseFee) >= 0 ? UInt256.ZERO : baseFee.sub(delta);
    }

    /** Jovian: the next base fee is never below {@code minBaseFee}. */
    public static UInt256 clamp(UInt256 baseFee, long minBaseFee) {
        UInt256 min = UInt256.valueOf(minBaseFee);
        return baseFee.compareTo(min) < 0 ? min : baseFee;
    }
}
