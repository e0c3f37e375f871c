package io.kona4j.primitives;

import java.math.BigInteger;

/**
 * An immutable unsigned 256-bit integer in four 64-bit limbs ({@code u0} least significant). Arithmetic wraps modulo
 * 2^256 as in the EVM. No {@code BigInteger} on any arithmetic path; conversions exist for tests and JSON.
 */
public final class UInt256 implements Comparable<UInt256> {
    public static final UInt256 ZERO = new UInt256(0, 0, 0, 0);
    public static final UInt256 ONE = new UInt256(0, 0, 0, 1);
    public static final UInt256 MAX = new UInt256(-1L, -1L, -1L, -1L);

    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    final long u3;
    final long u2;
    final long u1;
    final long u0;

    UInt256(long u3, long u2, long u1, long u0) {
        this.u3 = u3;
        this.u2 = u2;
        this.u1 = u1;
        this.u0 = u0;
    }

    /** From limbs, most significant first. */
    public static UInt256 ofLimbs(long u3, long u2, long u1, long u0) {
        if ((u3 | u2 | u1) == 0) {
            if (u0 == 0) return ZERO;
            if (u0 == 1) return ONE;
        }
        return new UInt256(u3, u2, u1, u0);
    }

    /** From an unsigned 64-bit value. */
    public static UInt256 valueOf(long unsigned) {
        return ofLimbs(0, 0, 0, unsigned);
    }

    /** From up to 32 big-endian bytes. */
    public static UInt256 fromBytes(byte[] b) {
        return fromBytes(b, 0, b.length);
    }

    public static UInt256 fromBytes(byte[] b, int off, int len) {
        if (len > 32) {
            throw new PrimitivesException("a 256-bit integer is at most 32 bytes, got " + len);
        }
        long[] limbs = new long[4];
        for (int i = 0; i < len; i++) {
            int bitPos = (len - 1 - i) * 8;
            limbs[bitPos >>> 6] |= (b[off + i] & 0xffL) << (bitPos & 63);
        }
        return ofLimbs(limbs[3], limbs[2], limbs[1], limbs[0]);
    }

    public static UInt256 fromBigInteger(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new PrimitivesException("value out of the unsigned 256-bit range: " + v);
        }
        return fromBytes(Bytes.trimLeadingZeros(v.toByteArray()));
    }

    /** From a {@code 0x} hex quantity or a decimal string. */
    public static UInt256 parse(String s) {
        String t = s.trim();
        if (Hex.hasPrefix(t)) {
            String digits = t.substring(2);
            if (digits.isEmpty()) return ZERO;
            return fromBigInteger(new BigInteger(digits, 16));
        }
        return fromBigInteger(new BigInteger(t));
    }

    public long limb(int i) {
        return switch (i) {
            case 0 -> u0;
            case 1 -> u1;
            case 2 -> u2;
            case 3 -> u3;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    public boolean isZero() {
        return (u0 | u1 | u2 | u3) == 0;
    }

    /** True if the value fits in an unsigned 64-bit long. */
    public boolean fitsLong() {
        return (u1 | u2 | u3) == 0;
    }

    /** True if the value fits in a non-negative int. */
    public boolean fitsInt() {
        return fitsLong() && u0 >= 0 && u0 <= Integer.MAX_VALUE;
    }

    /** The low 64 bits. */
    public long longValue() {
        return u0;
    }

    public int bitLength() {
        if (u3 != 0) return 256 - Long.numberOfLeadingZeros(u3);
        if (u2 != 0) return 192 - Long.numberOfLeadingZeros(u2);
        if (u1 != 0) return 128 - Long.numberOfLeadingZeros(u1);
        return 64 - Long.numberOfLeadingZeros(u0);
    }

    public UInt256 add(UInt256 o) {
        long r0 = u0 + o.u0;
        long c = Long.compareUnsigned(r0, u0) < 0 ? 1 : 0;
        long t1 = u1 + o.u1;
        long c1 = Long.compareUnsigned(t1, u1) < 0 ? 1 : 0;
        long r1 = t1 + c;
        c = c1 | (Long.compareUnsigned(r1, t1) < 0 ? 1 : 0);
        long t2 = u2 + o.u2;
        long c2 = Long.compareUnsigned(t2, u2) < 0 ? 1 : 0;
        long r2 = t2 + c;
        c = c2 | (Long.compareUnsigned(r2, t2) < 0 ? 1 : 0);
        long r3 = u3 + o.u3 + c;
        return ofLimbs(r3, r2, r1, r0);
    }

    public UInt256 sub(UInt256 o) {
        long r0 = u0 - o.u0;
        long b = Long.compareUnsigned(u0, o.u0) < 0 ? 1 : 0;
        long t1 = u1 - o.u1;
        long b1 = Long.compareUnsigned(u1, o.u1) < 0 ? 1 : 0;
        long r1 = t1 - b;
        b = b1 | (Long.compareUnsigned(t1, b) < 0 ? 1 : 0);
        long t2 = u2 - o.u2;
        long b2 = Long.compareUnsigned(u2, o.u2) < 0 ? 1 : 0;
        long r2 = t2 - b;
        b = b2 | (Long.compareUnsigned(t2, b) < 0 ? 1 : 0);
        long r3 = u3 - o.u3 - b;
        return ofLimbs(r3, r2, r1, r0);
    }

    @Override
    public int compareTo(UInt256 o) {
        int c = Long.compareUnsigned(u3, o.u3);
        if (c != 0) return c;
        c = Long.compareUnsigned(u2, o.u2);
        if (c != 0) return c;
        c = Long.compareUnsigned(u1, o.u1);
        if (c != 0) return c;
        return Long.compareUnsigned(u0, o.u0);
    }

    /** 32 big-endian bytes. */
    public byte[] toBytes32() {
        byte[] out = new byte[32];
        toBytes32(out, 0);
        return out;
    }

    public void toBytes32(byte[] out, int off) {
        Bytes.writeLongBE(u3, out, off);
        Bytes.writeLongBE(u2, out, off + 8);
        Bytes.writeLongBE(u1, out, off + 16);
        Bytes.writeLongBE(u0, out, off + 24);
    }

    /** Minimal big-endian bytes (empty for zero), as RLP encodes integers. */
    public byte[] toMinimalBytes() {
        return Bytes.trimLeadingZeros(toBytes32());
    }

    public Hash toHash() {
        return Hash.wrap(toBytes32());
    }

    public BigInteger toBigInteger() {
        return new BigInteger(1, toBytes32());
    }

    /** {@code 0x}-prefixed minimal hex quantity, as JSON-RPC writes numbers. */
    public String toHexQuantity() {
        return "0x" + toBigInteger().toString(16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt256 x && x.u0 == u0 && x.u1 == u1 && x.u2 == u2 && x.u3 == u3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(u0) * 31 + Long.hashCode(u1 ^ u2 ^ u3);
    }

    @Override
    public String toString() {
        return toBigInteger().toString();
    }

    static BigInteger mod256(BigInteger v) {
        return v.mod(TWO_256);
    }
}
