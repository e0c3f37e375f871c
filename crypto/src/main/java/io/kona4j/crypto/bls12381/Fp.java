package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/**
 * An element of the BLS12-381 base field F_p, p = 0x1a0111ea…aaab (381 bits), immutable, held in Montgomery form
 * (a·R mod p, R = 2^384) as six little-endian 64-bit limbs. Multiplication is the no-carry CIOS variant, valid
 * because the top limb of p is below 2^62.
 */
public final class Fp {
    static final long Q0 = 0xb9feffffffffaaabL;
    static final long Q1 = 0x1eabfffeb153ffffL;
    static final long Q2 = 0x6730d2a0f6b0f624L;
    static final long Q3 = 0x64774b84f38512bfL;
    static final long Q4 = 0x4b1ba7b6434bacd7L;
    static final long Q5 = 0x1a0111ea397fe69aL;
    /** -p^-1 mod 2^64. */
    private static final long INV = 0x89f3fffcfffcfffdL;

    public static final BigInteger MODULUS = new BigInteger(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16);

    /** R^2 mod p as a raw (non-Montgomery) value: multiplying a raw value by it enters Montgomery form. */
    private static final Fp R2 = raw(BigInteger.ONE.shiftLeft(768).mod(MODULUS));
    /** R^3 mod p, raw: multiplying (aR)^-1 by it gives a^-1·R. */
    private static final Fp R3 = raw(BigInteger.ONE.shiftLeft(3 * 384).mod(MODULUS));
    /** The raw value 1: multiplying by it leaves Montgomery form. */
    private static final Fp RAW_ONE = new Fp(1, 0, 0, 0, 0, 0);

    public static final Fp ZERO = new Fp(0, 0, 0, 0, 0, 0);
    public static final Fp ONE = raw(BigInteger.ONE.shiftLeft(384).mod(MODULUS));

    private static final long[] P_MINUS_1_DIV_2 = limbs(MODULUS.subtract(BigInteger.ONE).shiftRight(1));

    final long l0, l1, l2, l3, l4, l5;

    private Fp(long l0, long l1, long l2, long l3, long l4, long l5) {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
        this.l4 = l4;
        this.l5 = l5;
    }

    /** The element with the given Montgomery limbs (below p). */
    static Fp ofMontgomery(long l0, long l1, long l2, long l3, long l4, long l5) {
        return new Fp(l0, l1, l2, l3, l4, l5);
    }

    private static Fp raw(BigInteger v) {
        long[] l = limbs(v);
        return new Fp(l[0], l[1], l[2], l[3], l[4], l[5]);
    }

    static long[] limbs(BigInteger v) {
        long[] l = new long[6];
        for (int i = 0; i < 6; i++) {
            l[i] = v.shiftRight(64 * i).longValue();
        }
        return l;
    }

    /** The element v mod p (for constants and tests; not for hot paths). */
    public static Fp of(BigInteger v) {
        return mul(raw(v.mod(MODULUS)), R2);
    }

    public static Fp of(long v) {
        return of(BigInteger.valueOf(v));
    }

    /** Parses a big-endian hex constant. */
    static Fp hex(String h) {
        return of(new BigInteger(h.startsWith("0x") ? h.substring(2) : h, 16));
    }

    /**
     * Reads 48 big-endian bytes at {@code off}; returns null when the value is not below p (the EIP-2537 and
     * ZCash encodings both reject such values).
     */
    public static Fp fromBytes(byte[] b, int off) {
        long w5 = readLong(b, off), w4 = readLong(b, off + 8), w3 = readLong(b, off + 16);
        long w2 = readLong(b, off + 24), w1 = readLong(b, off + 32), w0 = readLong(b, off + 40);
        if (!lessThanP(w0, w1, w2, w3, w4, w5)) {
            return null;
        }
        return mul(new Fp(w0, w1, w2, w3, w4, w5), R2);
    }

    /** Writes the canonical value as 48 big-endian bytes at {@code off}. */
    public void toBytes(byte[] out, int off) {
        Fp c = mul(this, RAW_ONE);
        writeLong(out, off, c.l5);
        writeLong(out, off + 8, c.l4);
        writeLong(out, off + 16, c.l3);
        writeLong(out, off + 24, c.l2);
        writeLong(out, off + 32, c.l1);
        writeLong(out, off + 40, c.l0);
    }

    public byte[] toBytes() {
        byte[] out = new byte[48];
        toBytes(out, 0);
        return out;
    }

    public BigInteger toBigInteger() {
        return new BigInteger(1, toBytes());
    }

    static long readLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }

    static void writeLong(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    private static boolean lessThanP(long w0, long w1, long w2, long w3, long w4, long w5) {
        if (w5 != Q5) return Long.compareUnsigned(w5, Q5) < 0;
        if (w4 != Q4) return Long.compareUnsigned(w4, Q4) < 0;
        if (w3 != Q3) return Long.compareUnsigned(w3, Q3) < 0;
        if (w2 != Q2) return Long.compareUnsigned(w2, Q2) < 0;
        if (w1 != Q1) return Long.compareUnsigned(w1, Q1) < 0;
        return Long.compareUnsigned(w0, Q0) < 0;
    }

    /** t mod p for t < 2p. */
    private static Fp reduceOnce(long t0, long t1, long t2, long t3, long t4, long t5) {
        long d0 = t0 - Q0;
        long b = ((~t0 & Q0) | (~(t0 ^ Q0) & d0)) >>> 63;
        long d1 = t1 - Q1 - b;
        b = ((~t1 & Q1) | (~(t1 ^ Q1) & d1)) >>> 63;
        long d2 = t2 - Q2 - b;
        b = ((~t2 & Q2) | (~(t2 ^ Q2) & d2)) >>> 63;
        long d3 = t3 - Q3 - b;
        b = ((~t3 & Q3) | (~(t3 ^ Q3) & d3)) >>> 63;
        long d4 = t4 - Q4 - b;
        b = ((~t4 & Q4) | (~(t4 ^ Q4) & d4)) >>> 63;
        long d5 = t5 - Q5 - b;
        b = ((~t5 & Q5) | (~(t5 ^ Q5) & d5)) >>> 63;
        // Branch-free select: keep t when subtracting p borrowed (t < p).
        long keep = -b;
        return new Fp((t0 & keep) | (d0 & ~keep), (t1 & keep) | (d1 & ~keep), (t2 & keep) | (d2 & ~keep),
                (t3 & keep) | (d3 & ~keep), (t4 & keep) | (d4 & ~keep), (t5 & keep) | (d5 & ~keep));
    }

    public Fp add(Fp y) {
        long s0 = l0 + y.l0;
        long c = ((l0 & y.l0) | ((l0 | y.l0) & ~s0)) >>> 63;
        long s1 = l1 + y.l1 + c;
        c = ((l1 & y.l1) | ((l1 | y.l1) & ~s1)) >>> 63;
        long s2 = l2 + y.l2 + c;
        c = ((l2 & y.l2) | ((l2 | y.l2) & ~s2)) >>> 63;
        long s3 = l3 + y.l3 + c;
        c = ((l3 & y.l3) | ((l3 | y.l3) & ~s3)) >>> 63;
        long s4 = l4 + y.l4 + c;
        c = ((l4 & y.l4) | ((l4 | y.l4) & ~s4)) >>> 63;
        long s5 = l5 + y.l5 + c;
        return reduceOnce(s0, s1, s2, s3, s4, s5);
    }

    public Fp dbl() {
        return add(this);
    }

    public Fp sub(Fp y) {
        long d0 = l0 - y.l0;
        long b = ((~l0 & y.l0) | (~(l0 ^ y.l0) & d0)) >>> 63;
        long d1 = l1 - y.l1 - b;
        b = ((~l1 & y.l1) | (~(l1 ^ y.l1) & d1)) >>> 63;
        long d2 = l2 - y.l2 - b;
        b = ((~l2 & y.l2) | (~(l2 ^ y.l2) & d2)) >>> 63;
        long d3 = l3 - y.l3 - b;
        b = ((~l3 & y.l3) | (~(l3 ^ y.l3) & d3)) >>> 63;
        long d4 = l4 - y.l4 - b;
        b = ((~l4 & y.l4) | (~(l4 ^ y.l4) & d4)) >>> 63;
        long d5 = l5 - y.l5 - b;
        b = ((~l5 & y.l5) | (~(l5 ^ y.l5) & d5)) >>> 63;
        if (b == 0) {
            return new Fp(d0, d1, d2, d3, d4, d5);
        }
        long s0 = d0 + Q0;
        long c = ((d0 & Q0) | ((d0 | Q0) & ~s0)) >>> 63;
        long s1 = d1 + Q1 + c;
        c = ((d1 & Q1) | ((d1 | Q1) & ~s1)) >>> 63;
        long s2 = d2 + Q2 + c;
        c = ((d2 & Q2) | ((d2 | Q2) & ~s2)) >>> 63;
        long s3 = d3 + Q3 + c;
        c = ((d3 & Q3) | ((d3 | Q3) & ~s3)) >>> 63;
        long s4 = d4 + Q4 + c;
        c = ((d4 & Q4) | ((d4 | Q4) & ~s4)) >>> 63;
        long s5 = d5 + Q5 + c;
        return new Fp(s0, s1, s2, s3, s4, s5);
    }

    public Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    public Fp mul(Fp y) {
        return mul(this, y);
    }

    public Fp square() {
        return square(this);
    }

    public boolean isZero() {
        return (l0 | l1 | l2 | l3 | l4 | l5) == 0;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    /**
     * x^e for an exponent given as little-endian limbs: fixed 4-bit windows over a table of x^0..x^15, so about one
     * multiplication per four squarings instead of one per set bit.
     */
    Fp pow(long[] e) {
        Fp[] t = new Fp[16];
        t[0] = ONE;
        t[1] = this;
        for (int i = 2; i < 16; i++) {
            t[i] = t[i - 1].mul(this);
        }
        Fp r = ONE;
        boolean started = false;
        for (int i = e.length * 16 - 1; i >= 0; i--) {
            int d = (int) (e[i >>> 4] >>> ((i & 15) * 4)) & 15;
            if (started) {
                r = r.square().square().square().square();
            }
            if (d != 0) {
                r = started ? r.mul(t[d]) : t[d];
                started = true;
            }
        }
        return r;
    }

    /**
     * The inverse; zero maps to zero. Binary extended Euclid on the raw limbs (the inputs are public, so variable
     * time is fine): it finds (aR)^−1, and one Montgomery multiplication by R³ turns that into a^−1·R.
     */
    public Fp inverse() {
        if (isZero()) {
            return this;
        }
        long[] u = {l0, l1, l2, l3, l4, l5};
        long[] v = {Q0, Q1, Q2, Q3, Q4, Q5};
        long[] x1 = {1, 0, 0, 0, 0, 0};
        long[] x2 = new long[6];
        while (!isOne(u) && !isOne(v)) {
            while ((u[0] & 1) == 0) {
                shiftRight1(u);
                halveModP(x1);
            }
            while ((v[0] & 1) == 0) {
                shiftRight1(v);
                halveModP(x2);
            }
            if (compare(u, v) >= 0) {
                subInPlace(u, v);
                subModP(x1, x2);
            } else {
                subInPlace(v, u);
                subModP(x2, x1);
            }
        }
        long[] r = isOne(u) ? x1 : x2;
        return mul(new Fp(r[0], r[1], r[2], r[3], r[4], r[5]), R3);
    }

    private static boolean isOne(long[] a) {
        return a[0] == 1 && (a[1] | a[2] | a[3] | a[4] | a[5]) == 0;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 5; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Long.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    private static void shiftRight1(long[] a) {
        for (int i = 0; i < 5; i++) {
            a[i] = (a[i] >>> 1) | (a[i + 1] << 63);
        }
        a[5] >>>= 1;
    }

    /** a −= b, returning the borrow. */
    private static long subInPlace(long[] a, long[] b) {
        long borrow = 0;
        for (int i = 0; i < 6; i++) {
            long ai = a[i], bi = b[i];
            long d = ai - bi - borrow;
            borrow = ((~ai & bi) | (~(ai ^ bi) & d)) >>> 63;
            a[i] = d;
        }
        return borrow;
    }

    private static void addP(long[] a) {
        long c = 0;
        long[] q = {Q0, Q1, Q2, Q3, Q4, Q5};
        for (int i = 0; i < 6; i++) {
            long ai = a[i], qi = q[i];
            long s = ai + qi + c;
            c = ((ai & qi) | ((ai | qi) & ~s)) >>> 63;
            a[i] = s;
        }
    }

    /** a/2 mod p for a < p (a + p < 2^382 fits the limbs). */
    private static void halveModP(long[] a) {
        if ((a[0] & 1) != 0) {
            addP(a);
        }
        shiftRight1(a);
    }

    /** a − b mod p for a, b < p. */
    private static void subModP(long[] a, long[] b) {
        if (subInPlace(a, b) != 0) {
            addP(a);
        }
    }

    /** A square root, or null when this is not a square (p ≡ 3 mod 4, so x^((p+1)/4), by a sliding window). */
    public Fp sqrt() {
        Fp s = FpExponent.P_PLUS_1_DIV_4.pow(this);
        return s.square().equals(this) ? s : null;
    }

    /** Whether this is a square in F_p (zero counts as one). */
    public boolean isSquare() {
        Fp l = FpExponent.P_MINUS_1_DIV_2.pow(this);
        return l.isZero() || l.isOne();
    }

    /** sgn0 of RFC 9380 §4.1 for m = 1: the parity of the canonical value. */
    public int sgn0() {
        return (int) (mul(this, RAW_ONE).l0 & 1);
    }

    /** Whether the canonical value exceeds (p-1)/2 (the ZCash encoding's "lexicographically largest" flag). */
    public boolean isLexicographicallyLargest() {
        Fp c = mul(this, RAW_ONE);
        long[] h = P_MINUS_1_DIV_2;
        long[] v = {c.l0, c.l1, c.l2, c.l3, c.l4, c.l5};
        for (int i = 5; i >= 0; i--) {
            if (v[i] != h[i]) {
                return Long.compareUnsigned(v[i], h[i]) > 0;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp y && l0 == y.l0 && l1 == y.l1 && l2 == y.l2 && l3 == y.l3 && l4 == y.l4 && l5 == y.l5;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(l0 ^ l1 * 31 ^ l2 * 961 ^ l3 ^ l4 ^ l5);
    }

    @Override
    public String toString() {
        return "0x" + toBigInteger().toString(16);
    }

    /** Montgomery product x·y·R^-1 mod p (no-carry CIOS, fully unrolled, carries by unsigned compare). */
    static Fp mul(Fp x, Fp y) {
        final long a0 = x.l0;
        final long a1 = x.l1;
        final long a2 = x.l2;
        final long a3 = x.l3;
        final long a4 = x.l4;
        final long a5 = x.l5;
        final long b0 = y.l0;
        final long b1 = y.l1;
        final long b2 = y.l2;
        final long b3 = y.l3;
        final long b4 = y.l4;
        final long b5 = y.l5;
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
        long lo, hi, s, m, A, C;
        lo = a0 * b0; hi = Math.unsignedMultiplyHigh(a0, b0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b0; hi = Math.unsignedMultiplyHigh(a1, b0);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b0; hi = Math.unsignedMultiplyHigh(a2, b0);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b0; hi = Math.unsignedMultiplyHigh(a3, b0);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b0; hi = Math.unsignedMultiplyHigh(a4, b0);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b0; hi = Math.unsignedMultiplyHigh(a5, b0);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = a0 * b1; hi = Math.unsignedMultiplyHigh(a0, b1);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b1; hi = Math.unsignedMultiplyHigh(a1, b1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b1; hi = Math.unsignedMultiplyHigh(a2, b1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b1; hi = Math.unsignedMultiplyHigh(a3, b1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b1; hi = Math.unsignedMultiplyHigh(a4, b1);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b1; hi = Math.unsignedMultiplyHigh(a5, b1);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = a0 * b2; hi = Math.unsignedMultiplyHigh(a0, b2);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b2; hi = Math.unsignedMultiplyHigh(a1, b2);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b2; hi = Math.unsignedMultiplyHigh(a2, b2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b2; hi = Math.unsignedMultiplyHigh(a3, b2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b2; hi = Math.unsignedMultiplyHigh(a4, b2);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b2; hi = Math.unsignedMultiplyHigh(a5, b2);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = a0 * b3; hi = Math.unsignedMultiplyHigh(a0, b3);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b3; hi = Math.unsignedMultiplyHigh(a1, b3);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b3; hi = Math.unsignedMultiplyHigh(a2, b3);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b3; hi = Math.unsignedMultiplyHigh(a3, b3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b3; hi = Math.unsignedMultiplyHigh(a4, b3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b3; hi = Math.unsignedMultiplyHigh(a5, b3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = a0 * b4; hi = Math.unsignedMultiplyHigh(a0, b4);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b4; hi = Math.unsignedMultiplyHigh(a1, b4);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b4; hi = Math.unsignedMultiplyHigh(a2, b4);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b4; hi = Math.unsignedMultiplyHigh(a3, b4);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b4; hi = Math.unsignedMultiplyHigh(a4, b4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b4; hi = Math.unsignedMultiplyHigh(a5, b4);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = a0 * b5; hi = Math.unsignedMultiplyHigh(a0, b5);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        C = hi;
        lo = a1 * b5; hi = Math.unsignedMultiplyHigh(a1, b5);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a2 * b5; hi = Math.unsignedMultiplyHigh(a2, b5);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a3 * b5; hi = Math.unsignedMultiplyHigh(a3, b5);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a4 * b5; hi = Math.unsignedMultiplyHigh(a4, b5);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a5 * b5; hi = Math.unsignedMultiplyHigh(a5, b5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        return reduceOnce(t0, t1, t2, t3, t4, t5);
    }

    /** Montgomery square: the 12-limb square (cross products once, doubled) then word-by-word reduction. */
    static Fp square(Fp x) {
        final long a0 = x.l0;
        final long a1 = x.l1;
        final long a2 = x.l2;
        final long a3 = x.l3;
        final long a4 = x.l4;
        final long a5 = x.l5;
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0;
        long lo, hi, s, C, m, e;
        C = 0;
        lo = a0 * a1; hi = Math.unsignedMultiplyHigh(a0, a1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a0 * a2; hi = Math.unsignedMultiplyHigh(a0, a2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a0 * a3; hi = Math.unsignedMultiplyHigh(a0, a3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a0 * a4; hi = Math.unsignedMultiplyHigh(a0, a4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a0 * a5; hi = Math.unsignedMultiplyHigh(a0, a5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        t6 = C;
        C = 0;
        lo = a1 * a2; hi = Math.unsignedMultiplyHigh(a1, a2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a1 * a3; hi = Math.unsignedMultiplyHigh(a1, a3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a1 * a4; hi = Math.unsignedMultiplyHigh(a1, a4);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a1 * a5; hi = Math.unsignedMultiplyHigh(a1, a5);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        t7 = C;
        C = 0;
        lo = a2 * a3; hi = Math.unsignedMultiplyHigh(a2, a3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a2 * a4; hi = Math.unsignedMultiplyHigh(a2, a4);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = a2 * a5; hi = Math.unsignedMultiplyHigh(a2, a5);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        t8 = C;
        C = 0;
        lo = a3 * a4; hi = Math.unsignedMultiplyHigh(a3, a4);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = a3 * a5; hi = Math.unsignedMultiplyHigh(a3, a5);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        t9 = C;
        C = 0;
        lo = a4 * a5; hi = Math.unsignedMultiplyHigh(a4, a5);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        t10 = C;
        t11 = t10 >>> 63;
        t10 = (t10 << 1) | (t9 >>> 63);
        t9 = (t9 << 1) | (t8 >>> 63);
        t8 = (t8 << 1) | (t7 >>> 63);
        t7 = (t7 << 1) | (t6 >>> 63);
        t6 = (t6 << 1) | (t5 >>> 63);
        t5 = (t5 << 1) | (t4 >>> 63);
        t4 = (t4 << 1) | (t3 >>> 63);
        t3 = (t3 << 1) | (t2 >>> 63);
        t2 = (t2 << 1) | (t1 >>> 63);
        t1 = (t1 << 1) | (t0 >>> 63);
        C = 0;
        lo = a0 * a0; hi = Math.unsignedMultiplyHigh(a0, a0);
        e = 0;
        s = t0 + lo; e += Long.compareUnsigned(s, t0) < 0 ? 1 : 0; t0 = s;
        s = t0 + C; e += Long.compareUnsigned(s, t0) < 0 ? 1 : 0; t0 = s;
        C = e; e = 0;
        s = t1 + hi; e += Long.compareUnsigned(s, t1) < 0 ? 1 : 0; t1 = s;
        s = t1 + C; e += Long.compareUnsigned(s, t1) < 0 ? 1 : 0; t1 = s;
        C = e;
        lo = a1 * a1; hi = Math.unsignedMultiplyHigh(a1, a1);
        e = 0;
        s = t2 + lo; e += Long.compareUnsigned(s, t2) < 0 ? 1 : 0; t2 = s;
        s = t2 + C; e += Long.compareUnsigned(s, t2) < 0 ? 1 : 0; t2 = s;
        C = e; e = 0;
        s = t3 + hi; e += Long.compareUnsigned(s, t3) < 0 ? 1 : 0; t3 = s;
        s = t3 + C; e += Long.compareUnsigned(s, t3) < 0 ? 1 : 0; t3 = s;
        C = e;
        lo = a2 * a2; hi = Math.unsignedMultiplyHigh(a2, a2);
        e = 0;
        s = t4 + lo; e += Long.compareUnsigned(s, t4) < 0 ? 1 : 0; t4 = s;
        s = t4 + C; e += Long.compareUnsigned(s, t4) < 0 ? 1 : 0; t4 = s;
        C = e; e = 0;
        s = t5 + hi; e += Long.compareUnsigned(s, t5) < 0 ? 1 : 0; t5 = s;
        s = t5 + C; e += Long.compareUnsigned(s, t5) < 0 ? 1 : 0; t5 = s;
        C = e;
        lo = a3 * a3; hi = Math.unsignedMultiplyHigh(a3, a3);
        e = 0;
        s = t6 + lo; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t6 + C; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        C = e; e = 0;
        s = t7 + hi; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        s = t7 + C; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        C = e;
        lo = a4 * a4; hi = Math.unsignedMultiplyHigh(a4, a4);
        e = 0;
        s = t8 + lo; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        s = t8 + C; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        C = e; e = 0;
        s = t9 + hi; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        s = t9 + C; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        C = e;
        lo = a5 * a5; hi = Math.unsignedMultiplyHigh(a5, a5);
        e = 0;
        s = t10 + lo; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        s = t10 + C; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        C = e; e = 0;
        s = t11 + hi; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        s = t11 + C; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        C = e;
        long extra = 0;
        m = t0 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        e = 0;
        s = t6 + C; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t6 + extra; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        extra = e;
        m = t1 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        e = 0;
        s = t7 + C; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        s = t7 + extra; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        extra = e;
        m = t2 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        e = 0;
        s = t8 + C; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        s = t8 + extra; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        extra = e;
        m = t3 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        e = 0;
        s = t9 + C; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        s = t9 + extra; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        extra = e;
        m = t4 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        e = 0;
        s = t10 + C; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        s = t10 + extra; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        extra = e;
        m = t5 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t10; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t10 = lo; C = hi;
        e = 0;
        s = t11 + C; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        s = t11 + extra; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        extra = e;
        return reduceOnce(t6, t7, t8, t9, t10, t11);
    }

    /** a + b without reduction (below 2p < 2^382): only as an input to {@link #mulWide}. */
    static Fp addRaw(Fp a, Fp b) {
        long s0 = a.l0 + b.l0;
        long c = ((a.l0 & b.l0) | ((a.l0 | b.l0) & ~s0)) >>> 63;
        long s1 = a.l1 + b.l1 + c;
        c = ((a.l1 & b.l1) | ((a.l1 | b.l1) & ~s1)) >>> 63;
        long s2 = a.l2 + b.l2 + c;
        c = ((a.l2 & b.l2) | ((a.l2 | b.l2) & ~s2)) >>> 63;
        long s3 = a.l3 + b.l3 + c;
        c = ((a.l3 & b.l3) | ((a.l3 | b.l3) & ~s3)) >>> 63;
        long s4 = a.l4 + b.l4 + c;
        c = ((a.l4 & b.l4) | ((a.l4 | b.l4) & ~s4)) >>> 63;
        return new Fp(s0, s1, s2, s3, s4, a.l5 + b.l5 + c);
    }

    /** x −= y on 12-limb values; returns whether it borrowed (x was below y). */
    static boolean subWide(long[] x, long[] y) {
        long b = 0;
        for (int i = 0; i < 12; i++) {
            long xi = x[i], yi = y[i];
            long d = xi - yi - b;
            b = ((~xi & yi) | (~(xi ^ yi) & d)) >>> 63;
            x[i] = d;
        }
        return b != 0;
    }

    /** x += p·2^384 (mod 2^768) on a 12-limb value. */
    static void addPTimesR(long[] x) {
        long[] q = {Q0, Q1, Q2, Q3, Q4, Q5};
        long c = 0;
        for (int i = 0; i < 6; i++) {
            long xi = x[6 + i], qi = q[i];
            long s = xi + qi + c;
            c = ((xi & qi) | ((xi | qi) & ~s)) >>> 63;
            x[6 + i] = s;
        }
    }

    /** The full 768-bit product of two (possibly unreduced, below 2^383) values, as 12 little-endian limbs. */
    static long[] mulWide(Fp x, Fp y) {
        final long a0 = x.l0;
        final long a1 = x.l1;
        final long a2 = x.l2;
        final long a3 = x.l3;
        final long a4 = x.l4;
        final long a5 = x.l5;
        final long b0 = y.l0;
        final long b1 = y.l1;
        final long b2 = y.l2;
        final long b3 = y.l3;
        final long b4 = y.l4;
        final long b5 = y.l5;
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0;
        long lo, hi, s, C;
        C = 0;
        lo = a0 * b0; hi = Math.unsignedMultiplyHigh(a0, b0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = a0 * b1; hi = Math.unsignedMultiplyHigh(a0, b1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a0 * b2; hi = Math.unsignedMultiplyHigh(a0, b2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a0 * b3; hi = Math.unsignedMultiplyHigh(a0, b3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a0 * b4; hi = Math.unsignedMultiplyHigh(a0, b4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a0 * b5; hi = Math.unsignedMultiplyHigh(a0, b5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        t6 = C;
        C = 0;
        lo = a1 * b0; hi = Math.unsignedMultiplyHigh(a1, b0);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = a1 * b1; hi = Math.unsignedMultiplyHigh(a1, b1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a1 * b2; hi = Math.unsignedMultiplyHigh(a1, b2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a1 * b3; hi = Math.unsignedMultiplyHigh(a1, b3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a1 * b4; hi = Math.unsignedMultiplyHigh(a1, b4);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a1 * b5; hi = Math.unsignedMultiplyHigh(a1, b5);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        t7 = C;
        C = 0;
        lo = a2 * b0; hi = Math.unsignedMultiplyHigh(a2, b0);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = a2 * b1; hi = Math.unsignedMultiplyHigh(a2, b1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a2 * b2; hi = Math.unsignedMultiplyHigh(a2, b2);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a2 * b3; hi = Math.unsignedMultiplyHigh(a2, b3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a2 * b4; hi = Math.unsignedMultiplyHigh(a2, b4);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = a2 * b5; hi = Math.unsignedMultiplyHigh(a2, b5);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        t8 = C;
        C = 0;
        lo = a3 * b0; hi = Math.unsignedMultiplyHigh(a3, b0);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = a3 * b1; hi = Math.unsignedMultiplyHigh(a3, b1);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a3 * b2; hi = Math.unsignedMultiplyHigh(a3, b2);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a3 * b3; hi = Math.unsignedMultiplyHigh(a3, b3);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = a3 * b4; hi = Math.unsignedMultiplyHigh(a3, b4);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = a3 * b5; hi = Math.unsignedMultiplyHigh(a3, b5);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        t9 = C;
        C = 0;
        lo = a4 * b0; hi = Math.unsignedMultiplyHigh(a4, b0);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = a4 * b1; hi = Math.unsignedMultiplyHigh(a4, b1);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a4 * b2; hi = Math.unsignedMultiplyHigh(a4, b2);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = a4 * b3; hi = Math.unsignedMultiplyHigh(a4, b3);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = a4 * b4; hi = Math.unsignedMultiplyHigh(a4, b4);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = a4 * b5; hi = Math.unsignedMultiplyHigh(a4, b5);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        t10 = C;
        C = 0;
        lo = a5 * b0; hi = Math.unsignedMultiplyHigh(a5, b0);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = a5 * b1; hi = Math.unsignedMultiplyHigh(a5, b1);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = a5 * b2; hi = Math.unsignedMultiplyHigh(a5, b2);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = a5 * b3; hi = Math.unsignedMultiplyHigh(a5, b3);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = a5 * b4; hi = Math.unsignedMultiplyHigh(a5, b4);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        lo = a5 * b5; hi = Math.unsignedMultiplyHigh(a5, b5);
        s = lo + t10; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t10 = lo; C = hi;
        t11 = C;
        return new long[] {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11};
    }

    /** Montgomery reduction t·R^-1 mod p of a 12-limb value t < p·R. */
    static Fp redc(long[] w) {
        long t0 = w[0], t1 = w[1], t2 = w[2], t3 = w[3], t4 = w[4], t5 = w[5], t6 = w[6], t7 = w[7], t8 = w[8], t9 = w[9], t10 = w[10], t11 = w[11];
        long lo, hi, s, C, m, e;
        long extra = 0;
        m = t0 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        e = 0;
        s = t6 + C; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t6 + extra; e += Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        extra = e;
        m = t1 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        e = 0;
        s = t7 + C; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        s = t7 + extra; e += Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        extra = e;
        m = t2 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        e = 0;
        s = t8 + C; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        s = t8 + extra; e += Long.compareUnsigned(s, t8) < 0 ? 1 : 0; t8 = s;
        extra = e;
        m = t3 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        e = 0;
        s = t9 + C; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        s = t9 + extra; e += Long.compareUnsigned(s, t9) < 0 ? 1 : 0; t9 = s;
        extra = e;
        m = t4 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        e = 0;
        s = t10 + C; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        s = t10 + extra; e += Long.compareUnsigned(s, t10) < 0 ? 1 : 0; t10 = s;
        extra = e;
        m = t5 * INV;
        C = 0;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t7; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t7 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t8; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t8 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t9; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t9 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t10; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t10 = lo; C = hi;
        e = 0;
        s = t11 + C; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        s = t11 + extra; e += Long.compareUnsigned(s, t11) < 0 ? 1 : 0; t11 = s;
        extra = e;
        return reduceOnce(t6, t7, t8, t9, t10, t11);
    }
}
