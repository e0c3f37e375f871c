package io.kona4j.primitives;

import java.math.BigInteger;

/**
 * An immutable unsigned 256-bit integer in four 64-bit limbs ({@code u0} least significant) with every EVM
 * arithmetic, comparison, bitwise and shift operation. Arithmetic wraps modulo 2^256 as in the EVM; division and
 * modulo by zero give zero (yellow paper, DIV/SDIV/MOD/SMOD/ADDMOD/MULMOD). Signed operations read the value as
 * two's complement. No {@code BigInteger} on any arithmetic path; {@link #fromBigInteger} and {@link #toBigInteger}
 * exist for tests and tools.
 */
public final class UInt256 implements Comparable<UInt256> {
    public static final UInt256 ZERO = new UInt256(0, 0, 0, 0);
    public static final UInt256 ONE = new UInt256(0, 0, 0, 1);
    public static final UInt256 MAX = new UInt256(-1L, -1L, -1L, -1L);
    /** The most negative two's-complement value, -2^255. */
    public static final UInt256 MIN_SIGNED = new UInt256(Long.MIN_VALUE, 0, 0, 0);

    private static final long M32 = 0xffff_ffffL;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

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

    /** From a signed 64-bit value, sign-extended to 256 bits (two's complement). */
    public static UInt256 ofSigned(long signed) {
        long ext = signed >> 63;
        return ofLimbs(ext, ext, ext, signed);
    }

    /** From up to 32 big-endian bytes. */
    public static UInt256 fromBytes(byte[] b) {
        return fromBytes(b, 0, b.length);
    }

    /** From {@code len} (at most 32) big-endian bytes of {@code b} starting at {@code off}. */
    public static UInt256 fromBytes(byte[] b, int off, int len) {
        if (len > 32) {
            throw new PrimitivesException("a 256-bit integer is at most 32 bytes, got " + len);
        }
        long l3 = 0, l2 = 0, l1 = 0, l0 = 0;
        for (int i = 0; i < len; i++) {
            int bitPos = (len - 1 - i) * 8;
            long v = (b[off + i] & 0xffL) << (bitPos & 63);
            switch (bitPos >>> 6) {
                case 0 -> l0 |= v;
                case 1 -> l1 |= v;
                case 2 -> l2 |= v;
                default -> l3 |= v;
            }
        }
        return ofLimbs(l3, l2, l1, l0);
    }

    public static UInt256 fromBigInteger(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new PrimitivesException("value out of the unsigned 256-bit range: " + v);
        }
        return fromBytes(Bytes.trimLeadingZeros(v.toByteArray()));
    }

    /** From a {@code 0x} hex quantity (at most 64 digits) or a decimal string. */
    public static UInt256 parse(String s) {
        String t = s.trim();
        if (Hex.hasPrefix(t)) {
            int start = 2;
            while (start < t.length() - 1 && t.charAt(start) == '0') start++;
            int n = t.length() - start;
            if (n > 64) throw new PrimitivesException("hex quantity of " + n + " digits is over 256 bits: " + abbreviate(t));
            long[] limbs = new long[4];
            for (int i = 0; i < n; i++) {
                char ch = t.charAt(t.length() - 1 - i);
                int d = ch < 128 ? Character.digit(ch, 16) : -1;
                if (d < 0) throw new PrimitivesException("not a hex quantity: " + abbreviate(t));
                limbs[i >>> 4] |= (long) d << ((i & 15) * 4);
            }
            return ofLimbs(limbs[3], limbs[2], limbs[1], limbs[0]);
        }
        if (t.isEmpty() || t.length() > 78) throw new PrimitivesException("not a 256-bit decimal number: " + abbreviate(t));
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') throw new PrimitivesException("not a decimal number: " + abbreviate(t));
        }
        return fromBigInteger(new BigInteger(t));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? "'" + s + "'" : "'" + s.substring(0, 80) + "…' (" + s.length() + " characters)";
    }

    /** Limb {@code i}, 0 the least significant. */
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

    /** True if the top bit is set: negative when read as two's complement. */
    public boolean isNegative() {
        return u3 < 0;
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

    /** The low 32 bits. */
    public int intValue() {
        return (int) u0;
    }

    /** The value if it fits in a non-negative long, else {@link Long#MAX_VALUE} (for gas and memory sizes). */
    public long clampedToLong() {
        return (u1 | u2 | u3) == 0 && u0 >= 0 ? u0 : Long.MAX_VALUE;
    }

    public int bitLength() {
        if (u3 != 0) return 256 - Long.numberOfLeadingZeros(u3);
        if (u2 != 0) return 192 - Long.numberOfLeadingZeros(u2);
        if (u1 != 0) return 128 - Long.numberOfLeadingZeros(u1);
        return 64 - Long.numberOfLeadingZeros(u0);
    }

    /** Minimal number of bytes of the big-endian value (0 for zero). */
    public int byteLength() {
        return (bitLength() + 7) >>> 3;
    }

    /** Bit {@code i} (0 the least significant); false for {@code i} outside 0..255. */
    public boolean testBit(int i) {
        if (i < 0 || i > 255) return false;
        return (limb(i >>> 6) >>> (i & 63) & 1) != 0;
    }

    // ---- arithmetic ----

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

    /** Two's-complement negation, {@code 0 - this}. */
    public UInt256 negate() {
        return ZERO.sub(this);
    }

    /** Product modulo 2^256. */
    public UInt256 mul(UInt256 o) {
        if (fitsLong() && o.fitsLong()) {
            return ofLimbs(0, 0, Math.unsignedMultiplyHigh(u0, o.u0), u0 * o.u0);
        }
        long a0 = u0, a1 = u1, a2 = u2, a3 = u3;
        long b0 = o.u0, b1 = o.u1, b2 = o.u2, b3 = o.u3;
        // Column sums of the schoolbook product, dropping everything at or above 2^256.
        long r0 = a0 * b0;
        long c = Math.unsignedMultiplyHigh(a0, b0);
        // column 1
        long lo = a0 * b1, hi = Math.unsignedMultiplyHigh(a0, b1);
        long r1 = c + lo;
        long c2 = hi + (Long.compareUnsigned(r1, lo) < 0 ? 1 : 0);
        long c3 = 0;
        lo = a1 * b0;
        hi = Math.unsignedMultiplyHigh(a1, b0);
        r1 += lo;
        if (Long.compareUnsigned(r1, lo) < 0) hi++;
        c2 += hi;
        if (Long.compareUnsigned(c2, hi) < 0) c3++;
        // column 2
        long r2 = c2;
        long[] t = {r2, c3};
        mac(t, a0, b2);
        mac(t, a1, b1);
        mac(t, a2, b0);
        r2 = t[0];
        // column 3: only the low 64 bits matter
        long r3 = t[1] + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
        return ofLimbs(r3, r2, r1, r0);
    }

    /** t[0] += a*b, carrying the low 64 bits of the overflow into t[1]. */
    private static void mac(long[] t, long a, long b) {
        long lo = a * b, hi = Math.unsignedMultiplyHigh(a, b);
        long s = t[0] + lo;
        if (Long.compareUnsigned(s, lo) < 0) hi++;
        t[0] = s;
        t[1] += hi;
    }

    /** Unsigned quotient, zero when dividing by zero (EVM DIV). */
    public UInt256 div(UInt256 o) {
        if (o.isZero()) return ZERO;
        if (fitsLong() && o.fitsLong()) return valueOf(Long.divideUnsigned(u0, o.u0));
        int c = compareTo(o);
        if (c < 0) return ZERO;
        if (c == 0) return ONE;
        int[] q = new int[8];
        divmod(digits(this, 8), 8, digits(o, 8), q, null);
        return fromDigits(q);
    }

    /** Unsigned remainder, zero when dividing by zero (EVM MOD). */
    public UInt256 mod(UInt256 o) {
        if (o.isZero()) return ZERO;
        if (fitsLong() && o.fitsLong()) return valueOf(Long.remainderUnsigned(u0, o.u0));
        int c = compareTo(o);
        if (c < 0) return this;
        if (c == 0) return ZERO;
        int[] r = new int[8];
        divmod(digits(this, 8), 8, digits(o, 8), null, r);
        return fromDigits(r);
    }

    /** Signed quotient truncated toward zero; zero divisor gives zero, {@code MIN_SIGNED / -1 = MIN_SIGNED} (EVM SDIV). */
    public UInt256 sdiv(UInt256 o) {
        if (o.isZero()) return ZERO;
        boolean na = isNegative(), nb = o.isNegative();
        UInt256 q = (na ? negate() : this).div(nb ? o.negate() : o);
        return na != nb ? q.negate() : q;
    }

    /** Signed remainder taking the dividend's sign; zero divisor gives zero (EVM SMOD). */
    public UInt256 smod(UInt256 o) {
        if (o.isZero()) return ZERO;
        boolean na = isNegative();
        UInt256 r = (na ? negate() : this).mod(o.isNegative() ? o.negate() : o);
        return na ? r.negate() : r;
    }

    /** {@code (this + b) mod n} without wrapping the sum; zero when {@code n} is zero (EVM ADDMOD). */
    public UInt256 addMod(UInt256 b, UInt256 n) {
        if (n.isZero()) return ZERO;
        UInt256 s = add(b);
        boolean carry = Long.compareUnsigned(s.u3, u3) < 0 || (s.u3 == u3 && s.compareTo(this) < 0);
        if (!carry) return s.mod(n);
        int[] u = new int[9];
        toDigits(s, u);
        u[8] = 1;
        int[] r = new int[8];
        divmod(u, 9, digits(n, 8), null, r);
        return fromDigits(r);
    }

    /** {@code (this * b) mod n} over the full 512-bit product; zero when {@code n} is zero (EVM MULMOD). */
    public UInt256 mulMod(UInt256 b, UInt256 n) {
        if (n.isZero() || isZero() || b.isZero()) return ZERO;
        long[] p = new long[8];
        long[] a = {u0, u1, u2, u3};
        long[] bb = {b.u0, b.u1, b.u2, b.u3};
        for (int i = 0; i < 4; i++) {
            long carry = 0;
            for (int j = 0; j < 4; j++) {
                long lo = a[i] * bb[j], hi = Math.unsignedMultiplyHigh(a[i], bb[j]);
                long s = p[i + j] + lo;
                if (Long.compareUnsigned(s, lo) < 0) hi++;
                s += carry;
                if (Long.compareUnsigned(s, carry) < 0) hi++;
                p[i + j] = s;
                carry = hi;
            }
            p[i + 4] = carry;
        }
        int[] u = new int[16];
        for (int i = 0; i < 8; i++) {
            u[2 * i] = (int) p[i];
            u[2 * i + 1] = (int) (p[i] >>> 32);
        }
        int[] r = new int[8];
        divmod(u, 16, digits(n, 8), null, r);
        return fromDigits(r);
    }

    /** {@code this ^ exponent} modulo 2^256 (EVM EXP). */
    public UInt256 exp(UInt256 exponent) {
        if (exponent.isZero()) return ONE;
        if (isZero()) return ZERO;
        if (equals(ONE)) return ONE;
        UInt256 result = ONE;
        UInt256 base = this;
        int bits = exponent.bitLength();
        for (int i = 0; i < bits; i++) {
            if (exponent.testBit(i)) result = result.mul(base);
            if (i + 1 < bits) base = base.mul(base);
        }
        return result;
    }

    /**
     * Sign-extends from byte {@code byteIndex} counted from the least significant (EVM SIGNEXTEND(b, x) is
     * {@code x.signExtend(b)}); indexes of 31 and above return the value unchanged.
     */
    public UInt256 signExtend(UInt256 byteIndex) {
        if (!byteIndex.fitsLong() || Long.compareUnsigned(byteIndex.u0, 31) >= 0) return this;
        int bit = (int) byteIndex.u0 * 8 + 7;
        boolean neg = testBit(bit);
        long[] l = {u0, u1, u2, u3};
        int limb = bit >>> 6;
        int off = bit & 63;
        long below = off == 63 ? -1L : (1L << (off + 1)) - 1;
        l[limb] = neg ? l[limb] | ~below : l[limb] & below;
        for (int i = limb + 1; i < 4; i++) l[i] = neg ? -1L : 0;
        return ofLimbs(l[3], l[2], l[1], l[0]);
    }

    // ---- comparison ----

    /** Unsigned less-than (EVM LT). */
    public boolean lt(UInt256 o) {
        return compareTo(o) < 0;
    }

    /** Unsigned greater-than (EVM GT). */
    public boolean gt(UInt256 o) {
        return compareTo(o) > 0;
    }

    /** Signed less-than (EVM SLT). */
    public boolean slt(UInt256 o) {
        return compareSigned(o) < 0;
    }

    /** Signed greater-than (EVM SGT). */
    public boolean sgt(UInt256 o) {
        return compareSigned(o) > 0;
    }

    /** Equality (EVM EQ). */
    public boolean eq(UInt256 o) {
        return u0 == o.u0 && u1 == o.u1 && u2 == o.u2 && u3 == o.u3;
    }

    /** Two's-complement comparison. */
    public int compareSigned(UInt256 o) {
        int c = Long.compare(u3, o.u3);
        if (c != 0) return c;
        c = Long.compareUnsigned(u2, o.u2);
        if (c != 0) return c;
        c = Long.compareUnsigned(u1, o.u1);
        if (c != 0) return c;
        return Long.compareUnsigned(u0, o.u0);
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

    // ---- bitwise ----

    public UInt256 and(UInt256 o) {
        return ofLimbs(u3 & o.u3, u2 & o.u2, u1 & o.u1, u0 & o.u0);
    }

    public UInt256 or(UInt256 o) {
        return ofLimbs(u3 | o.u3, u2 | o.u2, u1 | o.u1, u0 | o.u0);
    }

    public UInt256 xor(UInt256 o) {
        return ofLimbs(u3 ^ o.u3, u2 ^ o.u2, u1 ^ o.u1, u0 ^ o.u0);
    }

    public UInt256 not() {
        return ofLimbs(~u3, ~u2, ~u1, ~u0);
    }

    /** Byte {@code index} counted from the most significant (EVM BYTE(i, x) is {@code x.byteAt(i)}); 0 past 31. */
    public UInt256 byteAt(UInt256 index) {
        if (!index.fitsLong() || Long.compareUnsigned(index.u0, 32) >= 0) return ZERO;
        int i = (int) index.u0;
        long limb = limb(3 - (i >>> 3));
        return valueOf((limb >>> ((7 - (i & 7)) * 8)) & 0xff);
    }

    /** Left shift; a shift of 256 or more gives zero (EVM SHL(shift, x) is {@code x.shl(shift)}). */
    public UInt256 shl(UInt256 shift) {
        return shift.fitsLong() && Long.compareUnsigned(shift.u0, 256) < 0 ? shl((int) shift.u0) : ZERO;
    }

    /** Logical right shift; a shift of 256 or more gives zero (EVM SHR). */
    public UInt256 shr(UInt256 shift) {
        return shift.fitsLong() && Long.compareUnsigned(shift.u0, 256) < 0 ? shr((int) shift.u0) : ZERO;
    }

    /** Arithmetic right shift; a shift of 256 or more gives 0 or -1 by the sign (EVM SAR). */
    public UInt256 sar(UInt256 shift) {
        if (shift.fitsLong() && Long.compareUnsigned(shift.u0, 256) < 0) return sar((int) shift.u0);
        return isNegative() ? MAX : ZERO;
    }

    /** Left shift by {@code n} bits; zero for {@code n} outside 0..255. */
    public UInt256 shl(int n) {
        if (n == 0) return this;
        if (n < 0 || n > 255) return ZERO;
        long[] l = {u0, u1, u2, u3};
        long[] r = new long[4];
        int limbs = n >>> 6, bits = n & 63;
        for (int i = 3; i >= limbs; i--) {
            long v = l[i - limbs] << bits;
            if (bits != 0 && i - limbs - 1 >= 0) v |= l[i - limbs - 1] >>> (64 - bits);
            r[i] = v;
        }
        return ofLimbs(r[3], r[2], r[1], r[0]);
    }

    /** Logical right shift by {@code n} bits; zero for {@code n} outside 0..255. */
    public UInt256 shr(int n) {
        if (n == 0) return this;
        if (n < 0 || n > 255) return ZERO;
        long[] l = {u0, u1, u2, u3};
        long[] r = new long[4];
        int limbs = n >>> 6, bits = n & 63;
        for (int i = 0; i + limbs < 4; i++) {
            long v = l[i + limbs] >>> bits;
            if (bits != 0 && i + limbs + 1 < 4) v |= l[i + limbs + 1] << (64 - bits);
            r[i] = v;
        }
        return ofLimbs(r[3], r[2], r[1], r[0]);
    }

    /** Arithmetic right shift by {@code n} bits; for {@code n} outside 0..255, 0 or -1 by the sign. */
    public UInt256 sar(int n) {
        if (n < 0 || n > 255) return isNegative() ? MAX : ZERO;
        if (!isNegative()) return shr(n);
        return not().shr(n).not();
    }

    // ---- conversions ----

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

    /** The value read as two's complement. */
    public BigInteger toSignedBigInteger() {
        return isNegative() ? toBigInteger().subtract(BigInteger.ONE.shiftLeft(256)) : toBigInteger();
    }

    /** {@code 0x}-prefixed minimal hex quantity ({@code 0x0} for zero), as JSON-RPC writes numbers. */
    public String toHexQuantity() {
        int digits = Math.max(1, (bitLength() + 3) >>> 2);
        char[] out = new char[digits + 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < digits; i++) {
            out[out.length - 1 - i] = HEX[(int) (limb(i >>> 4) >>> ((i & 15) * 4)) & 15];
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt256 x && eq(x);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(u0) * 31 + Long.hashCode(u1 ^ u2 ^ u3);
    }

    /** Decimal. */
    @Override
    public String toString() {
        if (fitsLong()) return Long.toUnsignedString(u0);
        int[] d = digits(this, 8);
        StringBuilder sb = new StringBuilder(78);
        int len = 8;
        while (len > 0) {
            long rem = 0;
            for (int i = len - 1; i >= 0; i--) {
                long cur = (rem << 32) | (d[i] & M32);
                d[i] = (int) (cur / 1_000_000_000L);
                rem = cur % 1_000_000_000L;
            }
            while (len > 0 && d[len - 1] == 0) len--;
            String chunk = Long.toString(rem);
            sb.insert(0, chunk);
            if (len > 0) sb.insert(0, "000000000", 0, 9 - chunk.length());
        }
        return sb.toString();
    }

    // ---- long division over 32-bit digits (Knuth, TAOCP vol. 2, 4.3.1, algorithm D) ----

    private static int[] digits(UInt256 v, int n) {
        int[] d = new int[n];
        toDigits(v, d);
        return d;
    }

    private static void toDigits(UInt256 v, int[] d) {
        d[0] = (int) v.u0;
        d[1] = (int) (v.u0 >>> 32);
        d[2] = (int) v.u1;
        d[3] = (int) (v.u1 >>> 32);
        d[4] = (int) v.u2;
        d[5] = (int) (v.u2 >>> 32);
        d[6] = (int) v.u3;
        d[7] = (int) (v.u3 >>> 32);
    }

    private static UInt256 fromDigits(int[] d) {
        return ofLimbs((d[7] & M32) << 32 | (d[6] & M32), (d[5] & M32) << 32 | (d[4] & M32),
                (d[3] & M32) << 32 | (d[2] & M32), (d[1] & M32) << 32 | (d[0] & M32));
    }

    /**
     * Divides the little-endian digits {@code u[0..m)} by the non-zero 8-digit {@code v}; writes the low 8 digits of
     * the quotient to {@code q} and the remainder to {@code r} (either may be null). Quotients here always fit in 8
     * digits or are not asked for.
     */
    private static void divmod(int[] u, int m, int[] v, int[] q, int[] r) {
        int n = 8;
        while (v[n - 1] == 0) n--;
        while (m > 0 && u[m - 1] == 0) m--;
        if (m < n) {
            if (r != null) System.arraycopy(u, 0, r, 0, Math.min(m, r.length));
            return;
        }
        if (n == 1) {
            long d = v[0] & M32;
            long k = 0;
            for (int j = m - 1; j >= 0; j--) {
                long cur = (k << 32) | (u[j] & M32);
                if (q != null && j < q.length) q[j] = (int) Long.divideUnsigned(cur, d);
                k = Long.remainderUnsigned(cur, d);
            }
            if (r != null) r[0] = (int) k;
            return;
        }
        int s = Integer.numberOfLeadingZeros(v[n - 1]);
        int[] vn = new int[n];
        for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s == 0 ? 0 : v[i - 1] >>> (32 - s));
        vn[0] = v[0] << s;
        int[] un = new int[m + 1];
        un[m] = s == 0 ? 0 : u[m - 1] >>> (32 - s);
        for (int i = m - 1; i > 0; i--) un[i] = (u[i] << s) | (s == 0 ? 0 : u[i - 1] >>> (32 - s));
        un[0] = u[0] << s;
        long vTop = vn[n - 1] & M32;
        long vNext = vn[n - 2] & M32;
        for (int j = m - n; j >= 0; j--) {
            long num = ((un[j + n] & M32) << 32) | (un[j + n - 1] & M32);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = Long.remainderUnsigned(num, vTop);
            while (qhat > M32 || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & M32)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > M32) break;
            }
            long k = 0;
            long t;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & M32);
                t = (un[i + j] & M32) - k - (p & M32);
                un[i + j] = (int) t;
                k = (p >>> 32) - (t >> 32);
            }
            t = (un[j + n] & M32) - k;
            un[j + n] = (int) t;
            if (t < 0) {
                qhat--;
                k = 0;
                for (int i = 0; i < n; i++) {
                    t = (un[i + j] & M32) + (vn[i] & M32) + k;
                    un[i + j] = (int) t;
                    k = t >>> 32;
                }
                un[j + n] += (int) k;
            }
            if (q != null && j < q.length) q[j] = (int) qhat;
        }
        if (r != null) {
            for (int i = 0; i < n; i++) {
                r[i] = (un[i] >>> s) | (s == 0 ? 0 : un[i + 1] << (32 - s));
            }
        }
    }
}
