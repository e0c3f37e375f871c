package io.kona4j.protocol.batch;

import java.util.Arrays;

/** A bounds-checked cursor over span batch bytes; every error is a {@link BatchFormatException} naming the field. */
final class ByteInput {
    private final byte[] data;
    private final int end;
    private int pos;

    ByteInput(byte[] data, int offset) {
        this.data = data;
        this.pos = offset;
        this.end = data.length;
    }

    byte[] data() {
        return data;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    void skip(int n) {
        pos += n;
    }

    /** Go's {@code binary.ReadUvarint}: base-128, at most 10 bytes, non-minimal forms accepted. */
    long readUvarint(String what) {
        long x = 0;
        int s = 0;
        for (int i = 0; i < 10; i++) {
            if (pos >= end) throw new BatchFormatException("span batch truncated while reading " + what);
            int b = data[pos++] & 0xff;
            if (b < 0x80) {
                if (i == 9 && b > 1) throw new BatchFormatException(what + " overflows a 64-bit varint");
                return x | ((long) b << s);
            }
            x |= (long) (b & 0x7f) << s;
            s += 7;
        }
        throw new BatchFormatException(what + " overflows a 64-bit varint");
    }

    /** Checks that {@code n} bytes are present, then returns the offset where they start and moves past them. */
    int take(long n, String what) {
        if (n < 0 || n > end - pos) {
            throw new BatchFormatException("span batch truncated: " + what + " needs " + n + " bytes, " + (end - pos)
                    + " remain");
        }
        int start = pos;
        pos += (int) n;
        return start;
    }

    byte[] readBytes(long n, String what) {
        int start = take(n, what);
        return Arrays.copyOfRange(data, start, start + (int) n);
    }

    static void writeUvarint(ByteOutput out, long v) {
        while (Long.compareUnsigned(v, 0x80) >= 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
