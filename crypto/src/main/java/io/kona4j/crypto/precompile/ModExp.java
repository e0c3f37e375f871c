package io.kona4j.crypto.precompile;

import java.math.BigInteger;

/**
 * 0x05 modexp (EIP-198): input {@code baseLen ‖ expLen ‖ modLen} (32-byte words), then base, exponent and modulus of
 * those lengths, with bytes past the input read as zeros; output {@code base^exp mod modulus} as {@code modLen} bytes
 * (all zeros for a zero modulus). Gas is EIP-198's (Byzantium), EIP-2565's (Berlin) or EIP-7883's (Osaka, which
 * with EIP-7823 also fails any length over 1024 bytes).
 *
 * <p>Lengths are attacker-chosen 256-bit numbers: gas is computed in saturating {@code long} arithmetic without
 * reading more than 32 bytes of the exponent. The modulus comes last, so a modulus that is not all zeros lies inside
 * the input together with base and exponent; {@link #run} reads nothing longer than the input and allocates only the
 * {@code modLen}-byte output, which the gas bounds.
 */
final class ModExp implements PrecompiledContract {
    /** The gas pricing rule. */
    enum Pricing {
        BYZANTIUM,
        BERLIN,
        OSAKA
    }

    /**
     * Inputs priced above this are refused by {@link #run} (null) rather than computed: no chain's block gas limit
     * is within a factor of 100 of it, so the EVM can never pay for them, and refusing keeps a direct caller from
     * allocating the megabytes such lengths declare.
     */
    static final long MAX_RUNNABLE_GAS = 1L << 40;

    /** Lengths at or above this are "absurd"; keeping them here leaves headroom for the saturating arithmetic. */
    private static final long LENGTH_CAP = 1L << 62;
    private static final int OSAKA_MAX_LENGTH = 1024;
    private static final byte[] EMPTY = new byte[0];

    private final Pricing pricing;

    ModExp(Pricing pricing) {
        this.pricing = pricing;
    }

    @Override
    public long gas(byte[] input) {
        long baseLen = length(input, 0);
        long expLen = length(input, 32);
        long modLen = length(input, 64);
        long maxLen = Math.max(baseLen, modLen);
        int headBits = exponentHeadBits(input, baseLen, expLen);
        long msb = headBits > 0 ? headBits - 1 : 0;
        return switch (pricing) {
            case BYZANTIUM -> {
                long iterations = Math.max(1, Input.saturatingAdd(expTail(expLen, 8), msb));
                long product = Input.saturatingMul(byzantiumComplexity(maxLen), iterations);
                yield product == Long.MAX_VALUE ? product : product / 20;
            }
            case BERLIN -> {
                long words = (maxLen + 7) / 8;
                long iterations = Math.max(1, Input.saturatingAdd(expTail(expLen, 8), msb));
                long product = Input.saturatingMul(Input.saturatingMul(words, words), iterations);
                yield product == Long.MAX_VALUE ? product : Math.max(200, product / 3);
            }
            case OSAKA -> {
                long words = (maxLen + 7) / 8;
                long complexity = maxLen <= 32 ? 16 : Input.saturatingMul(2, Input.saturatingMul(words, words));
                long iterations = Math.max(1, Input.saturatingAdd(expTail(expLen, 16), msb));
                yield Math.max(500, Input.saturatingMul(complexity, iterations));
            }
        };
    }

    @Override
    public byte[] run(byte[] input) {
        long baseLen = length(input, 0);
        long expLen = length(input, 32);
        long modLen = length(input, 64);
        if (pricing == Pricing.OSAKA
                && (baseLen > OSAKA_MAX_LENGTH || expLen > OSAKA_MAX_LENGTH || modLen > OSAKA_MAX_LENGTH)) {
            return null;
        }
        if (baseLen == 0 && modLen == 0) return EMPTY;
        if (gas(input) > MAX_RUNNABLE_GAS) return null;
        int mLen = (int) modLen;
        BigInteger modulus = new BigInteger(1, Input.padded(input, 96 + baseLen + expLen, mLen));
        byte[] out = new byte[mLen];
        if (modulus.signum() == 0 || mLen == 0) return out;
        // A non-zero modulus lies inside the input, so base and exponent do too: no length here exceeds the input's.
        BigInteger base = new BigInteger(1, Input.padded(input, 96, (int) baseLen));
        BigInteger exponent = new BigInteger(1, Input.padded(input, 96 + baseLen, (int) expLen));
        BigInteger result = base.modPow(exponent, modulus);
        byte[] r = result.toByteArray();
        int skip = r.length > mLen ? r.length - mLen : 0;
        System.arraycopy(r, skip, out, mLen - (r.length - skip), r.length - skip);
        return out;
    }

    /** The bit length of the exponent's first (up to) 32 bytes, 0 when the exponent starts past the input. */
    private static int exponentHeadBits(byte[] input, long baseLen, long expLen) {
        long start = 96 + baseLen;
        if (start >= input.length || expLen == 0) return 0;
        int n = (int) Math.min(32, expLen);
        byte[] head = Input.padded(input, start, n);
        for (int i = 0; i < n; i++) {
            if (head[i] != 0) return (n - i - 1) * 8 + 32 - Integer.numberOfLeadingZeros(head[i] & 0xff);
        }
        return 0;
    }

    /** {@code multiplier · (expLen − 32)} for exponents longer than 32 bytes, else 0. */
    private static long expTail(long expLen, long multiplier) {
        return expLen > 32 ? Input.saturatingMul(multiplier, expLen - 32) : 0;
    }

    private static long byzantiumComplexity(long x) {
        if (x <= 64) return x * x;
        long sq = Input.saturatingMul(x, x);
        if (sq == Long.MAX_VALUE) return sq;
        if (x <= 1024) return sq / 4 + 96 * x - 3072;
        return sq / 16 + 480 * x - 199680;
    }

    /** The 32-byte length word at {@code offset}, capped at {@link #LENGTH_CAP}. */
    private static long length(byte[] input, int offset) {
        byte[] w = Input.padded(input, offset, 32);
        if (!Input.allZero(w, 0, 24)) return LENGTH_CAP;
        long v = 0;
        for (int i = 24; i < 32; i++) v = (v << 8) | (w[i] & 0xff);
        return v < 0 || v > LENGTH_CAP ? LENGTH_CAP : v;
    }
}
