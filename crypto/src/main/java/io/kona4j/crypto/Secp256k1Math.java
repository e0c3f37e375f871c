package io.kona4j.crypto;

import java.math.BigInteger;

/** Fixed-width conversions shared by the secp256k1 code. */
final class Secp256k1Math {
    private Secp256k1Math() {}

    /** Writes a non-negative value below 2^256 as 32 big-endian bytes. */
    static void toBytes32(BigInteger v, byte[] out, int off) {
        byte[] b = v.toByteArray();
        int len = b.length;
        int src = 0;
        if (len > 32) {
            if (len != 33 || b[0] != 0) throw new CryptoException("value does not fit in 32 bytes");
            src = 1;
            len = 32;
        }
        java.util.Arrays.fill(out, off, off + 32 - len, (byte) 0);
        System.arraycopy(b, src, out, off + 32 - len, len);
    }
}
