package io.kona4j.executor.fee;

import io.kona4j.primitives.UInt256;

/**
 * The L1 data fee of a non-deposit transaction, a function of its full signed EIP-2718 encoding and the L1Block
 * storage (PROTOCOL.md §2.3; op-geth {@code rollup_cost.go}). All arithmetic is 256-bit: the inputs are 256-bit
 * storage words, and no real value comes near overflowing.
 */
public final class L1Cost {
    static final UInt256 MILLION = UInt256.valueOf(1_000_000);
    static final UInt256 SIXTEEN = UInt256.valueOf(16);
    static final UInt256 ECOTONE_DIVISOR = UInt256.valueOf(16_000_000);
    static final UInt256 FJORD_DIVISOR = UInt256.valueOf(1_000_000_000_000L);
    /** Fjord: {@code minTransactionSize · 1e6}. */
    static final long MIN_TX_SIZE_SCALED = 100_000_000L;
    static final long INTERCEPT = -42_585_600L;
    static final long FASTLZ_COEF = 836_500L;
    /** Pre-Regolith: the data gas of a signature the encoding was assumed to lack. */
    static final long PRE_REGOLITH_EXTRA_DATA_GAS = 68 * 16;

    private L1Cost() {}

    /** Which cost function applies; see {@link #select}. */
    public enum Function { BEDROCK, ECOTONE, FJORD }

    /**
     * The function op-geth selects: Bedrock before Ecotone; then, when the Ecotone parameters are still unset (the
     * first Ecotone block, {@link L1BlockStorage#ecotoneParamsUnset()}), still Bedrock; else Fjord from Fjord and
     * Ecotone before it. op-revm tests the blob scalar instead of the blob base fee here; op-geth is followed.
     */
    public static Function select(L1BlockStorage s, boolean ecotone, boolean fjord) {
        if (!ecotone || s.ecotoneParamsUnset()) return Function.BEDROCK;
        return fjord ? Function.FJORD : Function.ECOTONE;
    }

    /** The L1 fee of {@code tx} (its signed EIP-2718 encoding); an empty encoding costs nothing. */
    public static UInt256 of(byte[] tx, L1BlockStorage s, boolean regolith, boolean ecotone, boolean fjord) {
        if (tx.length == 0) return UInt256.ZERO;
        Function f = select(s, ecotone, fjord);
        int zeros = f == Function.FJORD ? 0 : zeroBytes(tx);
        return switch (f) {
            case BEDROCK -> bedrock(zeros, tx.length - zeros, s.l1FeeOverhead(), s.l1BaseFee(), s.l1FeeScalar(),
                    regolith);
            case ECOTONE -> ecotone(zeros, tx.length - zeros, s.l1BaseFee(), s.baseFeeScalar(), s.blobBaseFee(),
                    s.blobBaseFeeScalar());
            case FJORD -> fjord(FastLz.compressedLength(tx), s.l1BaseFee(), s.baseFeeScalar(), s.blobBaseFee(),
                    s.blobBaseFeeScalar());
        };
    }

    /** {@code (zeros·4 + ones·16 [+ 68·16 before Regolith] + overhead) · l1BaseFee · scalar / 1e6}. */
    public static UInt256 bedrock(long zeros, long ones, UInt256 overhead, UInt256 l1BaseFee, UInt256 scalar,
                                  boolean regolith) {
        long dataGas = zeros * 4 + ones * 16 + (regolith ? 0 : PRE_REGOLITH_EXTRA_DATA_GAS);
        return UInt256.valueOf(dataGas).add(overhead).mul(l1BaseFee).mul(scalar).div(MILLION);
    }

    /** {@code (zeros·4 + ones·16) · (16·l1BaseFee·baseFeeScalar + blobBaseFee·blobBaseFeeScalar) / 16e6}. */
    public static UInt256 ecotone(long zeros, long ones, UInt256 l1BaseFee, long baseFeeScalar, UInt256 blobBaseFee,
                                  long blobBaseFeeScalar) {
        UInt256 dataGas = UInt256.valueOf(zeros * 4 + ones * 16);
        return dataGas.mul(scaledFee(l1BaseFee, baseFeeScalar, blobBaseFee, blobBaseFeeScalar)).div(ECOTONE_DIVISOR);
    }

    /**
     * {@code max(100e6, −42,585,600 + 836,500·flzLen) · (16·l1BaseFee·baseFeeScalar + blobBaseFee·blobBaseFeeScalar)
     * / 1e12}.
     */
    public static UInt256 fjord(int flzLen, UInt256 l1BaseFee, long baseFeeScalar, UInt256 blobBaseFee,
                                long blobBaseFeeScalar) {
        UInt256 size = UInt256.valueOf(estimatedSizeScaled(flzLen));
        return size.mul(scaledFee(l1BaseFee, baseFeeScalar, blobBaseFee, blobBaseFeeScalar)).div(FJORD_DIVISOR);
    }

    /** Fjord's estimated compressed size times 1e6: {@code max(100e6, −42,585,600 + 836,500·flzLen)}. */
    public static long estimatedSizeScaled(int flzLen) {
        return Math.max(MIN_TX_SIZE_SCALED, INTERCEPT + FASTLZ_COEF * Integer.toUnsignedLong(flzLen));
    }

    private static UInt256 scaledFee(UInt256 l1BaseFee, long baseFeeScalar, UInt256 blobBaseFee, long blobBaseFeeScalar) {
        return l1BaseFee.mul(SIXTEEN).mul(UInt256.valueOf(baseFeeScalar))
                .add(blobBaseFee.mul(UInt256.valueOf(blobBaseFeeScalar)));
    }

    static int zeroBytes(byte[] tx) {
        int z = 0;
        for (byte b : tx) if (b == 0) z++;
        return z;
    }
}
