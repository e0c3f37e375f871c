package io.kona4j.primitives.rlp;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A strict, canonical RLP decoder over a byte range. It reads items one after another; {@link #readList()} returns a
 * reader over a list's payload. Every length is checked against the input before anything is allocated, so a hostile
 * length prefix costs nothing. Rejected: non-minimal length prefixes, long forms for short payloads, single bytes
 * below 0x80 wrapped in a string header, integers with leading zeros, items running past their container.
 */
public final class RlpReader {
    private final byte[] data;
    private final int end;
    private int pos;

    private RlpReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** A reader over the whole array; call {@link #ensureDone()} after the last expected item. */
    public static RlpReader of(byte[] data) {
        return new RlpReader(data, 0, data.length);
    }

    public static RlpReader of(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new RlpException("range [" + offset + ", " + (offset + length) + ") outside input of " + data.length);
        }
        return new RlpReader(data, offset, offset + length);
    }

    public boolean hasNext() {
        return pos < end;
    }

    public int position() {
        return pos;
    }

    /** Fails if anything is left: the input had trailing bytes. */
    public void ensureDone() {
        if (pos != end) {
            throw new RlpException((end - pos) + " trailing byte(s) after the last RLP item at offset " + pos);
        }
    }

    /** True if the next item is a list. */
    public boolean nextIsList() {
        requireMore();
        return (data[pos] & 0xff) >= 0xc0;
    }

    /** True if the next item is the empty string 0x80. */
    public boolean nextIsEmpty() {
        requireMore();
        return (data[pos] & 0xff) == 0x80;
    }

    /** Reads a list header and returns a reader over its payload; this reader moves past the whole list. */
    public RlpReader readList() {
        long h = header(true);
        int start = (int) (h >>> 32);
        int len = (int) h;
        pos = start + len;
        return new RlpReader(data, start, start + len);
    }

    /** Reads a string item's payload. */
    public byte[] readBytes() {
        long h = header(false);
        int start = (int) (h >>> 32);
        int len = (int) h;
        pos = start + len;
        return Arrays.copyOfRange(data, start, start + len);
    }

    /** Reads a string item of exactly {@code size} bytes. */
    public byte[] readBytes(int size, String what) {
        byte[] b = readBytes();
        if (b.length != size) {
            throw new RlpException(what + " must be " + size + " bytes, got " + b.length);
        }
        return b;
    }

    /** The complete encoding of the next item (header included), for items decoded later or hashed as they are. */
    public byte[] readRaw() {
        requireMore();
        int start = pos;
        long h = header((data[pos] & 0xff) >= 0xc0);
        pos = (int) (h >>> 32) + (int) h;
        return Arrays.copyOfRange(data, start, pos);
    }

    /** Skips the next item. */
    public void skip() {
        requireMore();
        long h = header((data[pos] & 0xff) >= 0xc0);
        pos = (int) (h >>> 32) + (int) h;
    }

    public Hash readHash() {
        return Hash.wrap(readBytes(Hash.SIZE, "hash"));
    }

    public Address readAddress() {
        return Address.of(readBytes(Address.SIZE, "address"));
    }

    /** An address or the empty string (contract creation), which gives {@code null}. */
    public Address readOptionalAddress() {
        byte[] b = readBytes();
        if (b.length == 0) return null;
        if (b.length != Address.SIZE) throw new RlpException("address must be 20 bytes or empty, got " + b.length);
        return Address.of(b);
    }

    /** A canonical unsigned integer of at most 64 bits (no leading zeros; zero is the empty string). */
    public long readLong() {
        byte[] b = readUnsigned(8, "64-bit integer");
        long v = 0;
        for (byte x : b) v = (v << 8) | (x & 0xff);
        return v;
    }

    /** A canonical unsigned integer that fits in a non-negative {@code int}. */
    public int readInt() {
        long v = readLong();
        if (v < 0 || v > Integer.MAX_VALUE) throw new RlpException("integer " + Long.toUnsignedString(v) + " too large");
        return (int) v;
    }

    /** A canonical unsigned integer of at most {@code maxBytes} bytes. */
    public BigInteger readBigInteger(int maxBytes) {
        byte[] b = readUnsigned(maxBytes, maxBytes * 8 + "-bit integer");
        return new BigInteger(1, b);
    }

    /** A canonical unsigned integer of at most 32 bytes, as its minimal big-endian bytes. */
    public byte[] readUInt256Bytes() {
        return readUnsigned(32, "256-bit integer");
    }

    /** RLP booleans: 0x80 is false, 0x01 true; anything else is rejected. */
    public boolean readBoolean() {
        long v = readLong();
        if (v > 1) throw new RlpException("boolean must be 0 or 1, got " + Long.toUnsignedString(v));
        return v == 1;
    }

    private byte[] readUnsigned(int maxBytes, String what) {
        byte[] b = readBytes();
        if (b.length > maxBytes) throw new RlpException(what + " has " + b.length + " bytes, more than " + maxBytes);
        if (b.length > 0 && b[0] == 0) {
            throw new RlpException(what + " has a leading zero byte (non-canonical): 0x" + Hex.encodeNoPrefix(b));
        }
        return b;
    }

    private void requireMore() {
        if (pos >= end) throw new RlpException("unexpected end of RLP input at offset " + pos);
    }

    /**
     * Decodes the header at {@code pos}: returns (payloadStart << 32 | payloadLength). Checks the kind, canonical
     * form and that the payload fits in this reader's range.
     */
    private long header(boolean expectList) {
        requireMore();
        int b0 = data[pos] & 0xff;
        int start;
        long len;
        boolean isList;
        if (b0 < 0x80) {
            isList = false;
            start = pos;
            len = 1;
        } else if (b0 <= 0xb7) {
            isList = false;
            start = pos + 1;
            len = b0 - 0x80;
            if (len == 1) {
                if (start >= end) throw new RlpException("string of 1 byte runs past the input at offset " + pos);
                if ((data[start] & 0xff) < 0x80) {
                    throw new RlpException("single byte 0x" + Hex.encodeNoPrefix(new byte[] {data[start]})
                            + " below 0x80 must not carry a string header (offset " + pos + ")");
                }
            }
        } else if (b0 <= 0xbf) {
            isList = false;
            int ll = b0 - 0xb7;
            len = longLength(ll);
            start = pos + 1 + ll;
        } else if (b0 <= 0xf7) {
            isList = true;
            start = pos + 1;
            len = b0 - 0xc0;
        } else {
            isList = true;
            int ll = b0 - 0xf7;
            len = longLength(ll);
            start = pos + 1 + ll;
        }
        if (isList != expectList) {
            throw new RlpException("expected " + (expectList ? "a list" : "a string") + " at offset " + pos + ", found "
                    + (isList ? "a list" : "a string"));
        }
        if (len > end - start) {
            throw new RlpException((isList ? "list" : "string") + " at offset " + pos + " declares " + len
                    + " bytes but only " + Math.max(0, end - start) + " remain");
        }
        return ((long) start << 32) | len;
    }

    private long longLength(int ll) {
        if (pos + 1 + ll > end) throw new RlpException("length prefix at offset " + pos + " runs past the input");
        if (data[pos + 1] == 0) throw new RlpException("length prefix at offset " + pos + " has a leading zero");
        if (ll > 4) throw new RlpException("length prefix at offset " + pos + " declares " + ll + " length bytes, too large");
        long len = 0;
        for (int i = 0; i < ll; i++) len = (len << 8) | (data[pos + 1 + i] & 0xff);
        if (len < 56) throw new RlpException("long-form length " + len + " at offset " + pos + " must use the short form");
        return len;
    }
}
