package io.kona4j.crypto.precompile;

/** Reads precompile input the way the EVM sees it: bytes past the end of the call data are zeros. */
final class Input {
    private Input() {}

    /** {@code length} bytes from {@code offset}, right-padded with zeros where the input ends. */
    static byte[] padded(byte[] input, long offset, int length) {
        byte[] out = new byte[length];
        if (offset < input.length) {
            int n = (int) Math.min(length, input.length - offset);
            System.arraycopy(input, (int) offset, out, 0, n);
        }
        return out;
    }

    /** The number of 32-byte words {@code length} bytes occupy. */
    static long words(int length) {
        return (length + 31L) / 32;
    }

    /** True if the bytes {@code [from, to)} of {@code b} are all zero. */
    static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    /** {@code a * b}, or {@link Long#MAX_VALUE} when it would exceed it (both non-negative). */
    static long saturatingMul(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} when it would exceed it (both non-negative). */
    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
