package io.kona4j.executor.fee;

import io.kona4j.primitives.UInt256;

/**
 * The Isthmus operator fee on non-deposit transactions (PROTOCOL.md §2.3): {@code g·scalar/1e6 + constant} in
 * Isthmus, {@code g·scalar·100 + constant} from Jovian, with the scalar and constant from L1Block slot 8. It is
 * charged on the gas limit with the gas purchase; after execution {@code opFee(limit) − opFee(used)} goes back to
 * the sender and {@code opFee(used)} to the operator fee vault.
 */
public final class OperatorFee {
    private static final UInt256 JOVIAN_MULTIPLIER = UInt256.valueOf(100);

    private OperatorFee() {}

    /** The operator fee of {@code gas} gas; zero before Isthmus. */
    public static UInt256 of(long gas, long scalar, long constant, boolean isthmus, boolean jovian) {
        if (!isthmus) return UInt256.ZERO;
        UInt256 g = UInt256.valueOf(gas).mul(UInt256.valueOf(scalar));
        UInt256 variable = jovian ? g.mul(JOVIAN_MULTIPLIER) : g.div(L1Cost.MILLION);
        return variable.add(UInt256.valueOf(constant));
    }

    /** The operator fee of {@code gas} gas under the block's L1Block storage. */
    public static UInt256 of(long gas, L1BlockStorage s, boolean isthmus, boolean jovian) {
        return of(gas, s.operatorFeeScalar(), s.operatorFeeConstant(), isthmus, jovian);
    }
}
