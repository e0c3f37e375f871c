package io.kona4j.primitives.rlp;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Builds canonical RLP into a growable buffer. Lists nest with {@link #startList()} / {@link #endList()}; the list
 * header is inserted when the list ends, once its payload length is known.
 */
public final class RlpWriter {
    private byte[] buf;
    private int len;
    private int[] listStarts = new int[8];
    private int depth;

    public RlpWriter() {
        this(64);
    }

    public RlpWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public RlpWriter startList() {
        if (depth == listStarts.length) listStarts = Arrays.copyOf(listStarts, depth * 2);
        listStarts[depth++] = len;
        return this;
    }

    public RlpWriter endList() {
        if (depth == 0) throw new IllegalStateException("endList without startList");
        int start = listStarts[--depth];
        int payload = len - start;
        int headerLen = headerLength(payload);
        ensure(headerLen);
        System.arraycopy(buf, start, buf, start + headerLen, payload);
        writeHeader(buf, start, payload, 0xc0);
        len += headerLen;
        return this;
    }

    public RlpWriter writeBytes(byte[] b) {
        return writeBytes(b, 0, b.length);
    }

    public RlpWriter writeBytes(byte[] b, int off, int n) {
        if (n == 1 && (b[off] & 0xff) < 0x80) {
            ensure(1);
            buf[len++] = b[off];
            return this;
        }
        int h = headerLength(n);
        ensure(h + n);
        writeHeader(buf, len, n, 0x80);
        len += h;
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    public RlpWriter writeHash(Hash h) {
        return writeBytes(h.unsafeBytes());
    }

    public RlpWriter writeAddress(Address a) {
        return writeBytes(a.unsafeBytes());
    }

    /** An address, or the empty string for {@code null} (contract creation). */
    public RlpWriter writeOptionalAddress(Address a) {
        return a == null ? writeBytes(Bytes.EMPTY) : writeAddress(a);
    }

    /** An unsigned 64-bit integer in minimal form. */
    public RlpWriter writeLong(long v) {
        if (v == 0) {
            ensure(1);
            buf[len++] = (byte) 0x80;
            return this;
        }
        if (v > 0 && v < 0x80) {
            ensure(1);
            buf[len++] = (byte) v;
            return this;
        }
        return writeBytes(Bytes.ofUnsignedLong(v));
    }

    public RlpWriter writeBoolean(boolean b) {
        return writeLong(b ? 1 : 0);
    }

    /** A non-negative integer in minimal form. */
    public RlpWriter writeBigInteger(BigInteger v) {
        if (v.signum() < 0) throw new IllegalArgumentException("RLP integers are unsigned: " + v);
        byte[] b = v.toByteArray();
        return writeBytes(Bytes.trimLeadingZeros(b));
    }

    /** Big-endian unsigned bytes, written in minimal form (leading zeros dropped). */
    public RlpWriter writeUnsigned(byte[] bigEndian) {
        int i = 0;
        while (i < bigEndian.length && bigEndian[i] == 0) i++;
        return writeBytes(bigEndian, i, bigEndian.length - i);
    }

    /** Appends an already-encoded item as it is. */
    public RlpWriter writeRaw(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buf, len, encoded.length);
        len += encoded.length;
        return this;
    }

    public int size() {
        return len;
    }

    public byte[] toByteArray() {
        if (depth != 0) throw new IllegalStateException(depth + " list(s) still open");
        return Arrays.copyOf(buf, len);
    }

    /** Encodes a single byte string. */
    public static byte[] encodeBytes(byte[] b) {
        return new RlpWriter(b.length + 9).writeBytes(b).toByteArray();
    }

    public static byte[] encodeLong(long v) {
        return new RlpWriter(16).writeLong(v).toByteArray();
    }

    /** Length of the header for a payload of {@code n} bytes (strings above one byte, and lists). */
    public static int headerLength(int n) {
        if (n < 56) return 1;
        return 1 + (4 - Integer.numberOfLeadingZeros(n) / 8);
    }

    private static void writeHeader(byte[] out, int at, int n, int base) {
        if (n < 56) {
            out[at] = (byte) (base + n);
            return;
        }
        int ll = 4 - Integer.numberOfLeadingZeros(n) / 8;
        out[at] = (byte) (base + 55 + ll);
        for (int i = ll; i >= 1; i--) {
            out[at + i] = (byte) n;
            n >>>= 8;
        }
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
}
