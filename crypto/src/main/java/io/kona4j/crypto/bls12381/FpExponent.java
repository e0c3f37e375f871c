package io.kona4j.crypto.bls12381;

/**
 * A fixed exponent as a precomputed sliding-window schedule (windows of up to 5 bits over the odd powers x, x³,
 * …, x³¹): about one multiplication per six squarings. Shared by {@link Fp#sqrt()}, {@link Fp#isSquare()} and the
 * inversion-free square roots of {@link MapToCurve}.
 */
final class FpExponent {
    /** (p+1)/4: the square root candidate, p ≡ 3 mod 4. */
    static final FpExponent P_PLUS_1_DIV_4 = new FpExponent(Fp.MODULUS.add(java.math.BigInteger.ONE).shiftRight(2));
    /** (p−3)/4: x·x^((p−3)/4) = x^((p+1)/4), the power RFC 9380's sqrt_ratio takes. */
    static final FpExponent P_MINUS_3_DIV_4 =
            new FpExponent(Fp.MODULUS.subtract(java.math.BigInteger.valueOf(3)).shiftRight(2));
    /** (p−1)/2: Euler's criterion. */
    static final FpExponent P_MINUS_1_DIV_2 =
            new FpExponent(Fp.MODULUS.subtract(java.math.BigInteger.ONE).shiftRight(1));

    /** Pairs (squarings before, odd-power index) for each window after the first; the first window's index. */
    private final int[] squarings;
    private final int[] digits;
    private final int first;

    FpExponent(java.math.BigInteger e) {
        java.util.List<int[]> steps = new java.util.ArrayList<>();
        int i = e.bitLength() - 1;
        int pending = 0;
        int firstDigit = -1;
        while (i >= 0) {
            if (!e.testBit(i)) {
                pending++;
                i--;
                continue;
            }
            int j = Math.max(i - 4, 0);
            while (!e.testBit(j)) {
                j++;
            }
            int w = e.shiftRight(j).intValue() & ((1 << (i - j + 1)) - 1);
            if (firstDigit < 0) {
                firstDigit = w >>> 1;
            } else {
                steps.add(new int[] {pending + (i - j + 1), w >>> 1});
            }
            pending = 0;
            i = j - 1;
        }
        first = firstDigit;
        squarings = new int[steps.size() + 1];
        digits = new int[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            squarings[k] = steps.get(k)[0];
            digits[k] = steps.get(k)[1];
        }
        squarings[steps.size()] = pending;
    }

    Fp pow(Fp x) {
        Fp[] t = new Fp[16];
        t[0] = x;
        Fp x2 = x.square();
        for (int k = 1; k < 16; k++) {
            t[k] = t[k - 1].mul(x2);
        }
        Fp r = t[first];
        for (int k = 0; k < digits.length; k++) {
            for (int q = squarings[k]; q > 0; q--) {
                r = r.square();
            }
            r = r.mul(t[digits[k]]);
        }
        for (int q = squarings[digits.length]; q > 0; q--) {
            r = r.square();
        }
        return r;
    }
}
