package io.kona4j.crypto.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/** (Width-w) non-adjacent forms of the fixed loop scalars, least significant digit first. */
final class Naf {
    private Naf() {}

    /** The NAF: digits −1, 0, 1, no two adjacent non-zero. */
    static byte[] of(BigInteger k) {
        return of(k, 2);
    }

    /** The width-w NAF: odd digits in (−2^(w−1), 2^(w−1)), any w consecutive digits with at most one non-zero. */
    static byte[] of(BigInteger k, int width) {
        BigInteger window = BigInteger.ONE.shiftLeft(width);
        int half = 1 << (width - 1);
        byte[] out = new byte[k.bitLength() + 1];
        int n = 0;
        while (k.signum() > 0) {
            int d = 0;
            if (k.testBit(0)) {
                d = k.mod(window).intValue();
                if (d >= half) d -= 1 << width;
                k = k.subtract(BigInteger.valueOf(d));
            }
            out[n++] = (byte) d;
            k = k.shiftRight(1);
        }
        return Arrays.copyOf(out, n);
    }
}
