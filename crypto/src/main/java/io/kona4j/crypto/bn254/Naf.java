package io.kona4j.crypto.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/** Non-adjacent forms of the fixed loop scalars (digits −1, 0, 1, least significant first). */
final class Naf {
    private Naf() {}

    static byte[] of(BigInteger k) {
        byte[] out = new byte[k.bitLength() + 1];
        int n = 0;
        while (k.signum() > 0) {
            int d = 0;
            if (k.testBit(0)) {
                d = 2 - k.mod(BigInteger.valueOf(4)).intValue();
                k = k.subtract(BigInteger.valueOf(d));
            }
            out[n++] = (byte) d;
            k = k.shiftRight(1);
        }
        return Arrays.copyOf(out, n);
    }
}
