package io.kona4j.crypto;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/** RIPEMD-160 from Bouncy Castle (20-byte digest). */
public final class Ripemd160 {
    private Ripemd160() {}

    public static byte[] digest(byte[] input) {
        return digest(input, 0, input.length);
    }

    public static byte[] digest(byte[] input, int offset, int length) {
        RIPEMD160Digest d = new RIPEMD160Digest();
        d.update(input, offset, length);
        byte[] out = new byte[20];
        d.doFinal(out, 0);
        return out;
    }
}
