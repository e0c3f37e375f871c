package io.kona4j.executor;

/**
 * EIP-1559 base-fee parameters: the max change denominator and the elasticity multiplier (PROTOCOL.md §2.4). The
 * chain's constants apply before Holocene; from Holocene the parent header's extraData carries them.
 */
public record Eip1559Params(long denominator, long elasticity) {
    public Eip1559Params {
        if (denominator <= 0 || denominator > 0xffffffffL || elasticity <= 0 || elasticity > 0xffffffffL) {
            throw new InvalidBlockException("EIP-1559 parameters must be non-zero u32 values, got denominator "
                    + denominator + " and elasticity " + elasticity);
        }
    }
}
