package io.kona4j.primitives;

import java.util.Arrays;

/** Small byte-array helpers used across the project. */
public final class Bytes {
    public static final byte[] EMPTY = new byte[0];

    private Bytes() {}

    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    /** Left-pads with zeros to {@code size}; fails if the value is longer. */
    public static byte[] leftPad(byte[] b, int size) {
        if (b.length == size) return b.clone();
        if (b.length > size) throw new PrimitivesException("value of " + b.length + " bytes does not fit in " + size);
        byte[] out = new byte[size];
        System.arraycopy(b, 0, out, size - b.length, b.length);
        return out;
    }

    /** Removes leading zero bytes (the minimal big-endian form of an unsigned integer). */
    public static byte[] trimLeadingZeros(byte[] b) {
        int i = 0;
        while (i < b.length && b[i] == 0) i++;
        return i == 0 ? b : Arrays.copyOfRange(b, i, b.length);
    }

    /** Minimal big-endian bytes of an unsigned 64-bit value; zero gives an empty array. */
    public static byte[] ofUnsignedLong(long v) {
        if (v == 0) return EMPTY;
        int n = 8 - Long.numberOfLeadingZeros(v) / 8;
        byte[] out = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (byte) v;
            v >>>= 8;
        }
        return out;
    }

    /** Reads up to 8 big-endian bytes as an unsigned long. */
    public static long toUnsignedLong(byte[] b) {
        if (b.length > 8) throw new PrimitivesException("value of " + b.length + " bytes does not fit in 64 bits");
        long v = 0;
        for (byte x : b) v = (v << 8) | (x & 0xff);
        return v;
    }

    public static long readLongBE(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    public static void writeLongBE(long v, byte[] b, int off) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    public static int readIntBE(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    public static void writeIntBE(int v, byte[] b, int off) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    public static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }
}
