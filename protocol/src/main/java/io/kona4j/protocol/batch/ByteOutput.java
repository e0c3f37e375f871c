package io.kona4j.protocol.batch;

import java.util.Arrays;

/** A growable byte buffer for the span batch encoder. */
final class ByteOutput {
    private byte[] buf;
    private int len;

    ByteOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    int size() {
        return len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
}
