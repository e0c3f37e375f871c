package io.kona4j.protocol.batch;

/**
 * Span batch bit lists (PROTOCOL.md §1.8): a big-endian integer of {@code ceil(n/8)} bytes whose bit {@code i} is
 * {@code (int >> i) & 1}. The stored form is that byte array, so re-encoding is byte-identical.
 */
final class SpanBatchBits {
    private SpanBatchBits() {}

    static int byteLength(long bitLength) {
        return (int) ((bitLength + 7) / 8);
    }

    /** Reads a bit list of {@code bitLength} bits; fails on short input and on bits set at or above {@code bitLength}. */
    static byte[] read(ByteInput in, long bitLength, String what) {
        byte[] b = in.readBytes(byteLength(bitLength), what);
        int spare = b.length * 8 - (int) bitLength;
        if (spare > 0 && (b[0] & 0xff) >>> (8 - spare) != 0) {
            throw new BatchFormatException(what + " has bits set beyond its " + bitLength + "-bit length");
        }
        return b;
    }

    static boolean get(byte[] bits, int i) {
        int byteIndex = bits.length - 1 - (i >>> 3);
        return byteIndex >= 0 && ((bits[byteIndex] >>> (i & 7)) & 1) != 0;
    }

    static void set(byte[] bits, int i) {
        bits[bits.length - 1 - (i >>> 3)] |= (byte) (1 << (i & 7));
    }

    static int popCount(byte[] bits) {
        int c = 0;
        for (byte b : bits) c += Integer.bitCount(b & 0xff);
        return c;
    }
}
