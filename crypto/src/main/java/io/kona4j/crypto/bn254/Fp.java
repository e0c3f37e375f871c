package io.kona4j.crypto.bn254;

import java.math.BigInteger;

/**
 * An element of the BN254 base field F_p, p = 0x30644e72…fd47, held in Montgomery form (value · 2^256 mod p) as four
 * 64-bit limbs, least significant first. Immutable. Multiplication is CIOS Montgomery in its "no final carry" form,
 * valid because p's top limb is below 2^62.
 */
final class Fp {
    static final BigInteger P = new BigInteger("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16);

    static final long Q0 = 0x3c208c16d87cfd47L;
    static final long Q1 = 0x97816a916871ca8dL;
    static final long Q2 = 0xb85045b68181585dL;
    static final long Q3 = 0x30644e72e131a029L;
    /** −p^−1 mod 2^64. */
    static final long P_INV_NEG = 0x87d20782e4866389L;
    /** 2^512 mod p, to enter Montgomery form. */
    private static final Fp R2 = new Fp(0xf32cfc5b538afa89L, 0xb5e71911d44501fbL, 0x47ab1eff0a417ff6L, 0x06d89f71cab8351fL);

    static final Fp ZERO = new Fp(0, 0, 0, 0);
    static final Fp ONE = fromBigInteger(BigInteger.ONE);

    final long l0;
    final long l1;
    final long l2;
    final long l3;

    private Fp(long l0, long l1, long l2, long l3) {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
    }

    /** An element from its Montgomery-form limbs (already reduced). */
    static Fp ofMontgomery(long l0, long l1, long l2, long l3) {
        return new Fp(l0, l1, l2, l3);
    }

    /** {@code v mod p}; for constants, not for the hot path. */
    static Fp fromBigInteger(BigInteger v) {
        BigInteger m = v.mod(P);
        long[] w = new long[4];
        for (int i = 0; i < 4; i++) w[i] = m.shiftRight(64 * i).longValue();
        return new Fp(w[0], w[1], w[2], w[3]).mul(R2);
    }

    /**
     * The 32 big-endian bytes at {@code off} as a field element, or {@code null} if they encode a value ≥ p (the
     * EIP-196 range rule).
     */
    static Fp fromBytes(byte[] b, int off) {
        long w3 = word(b, off), w2 = word(b, off + 8), w1 = word(b, off + 16), w0 = word(b, off + 24);
        if (!lessThanP(w0, w1, w2, w3)) return null;
        return new Fp(w0, w1, w2, w3).mul(R2);
    }

    /** Writes the canonical value as 32 big-endian bytes. */
    void toBytes(byte[] out, int off) {
        Fp c = mul(new Fp(1, 0, 0, 0));
        putWord(out, off, c.l3);
        putWord(out, off + 8, c.l2);
        putWord(out, off + 16, c.l1);
        putWord(out, off + 24, c.l0);
    }

    BigInteger toBigInteger() {
        byte[] b = new byte[32];
        toBytes(b, 0);
        return new BigInteger(1, b);
    }

    boolean isZero() {
        return (l0 | l1 | l2 | l3) == 0;
    }

    Fp add(Fp y) {
        return add(l0, l1, l2, l3, y.l0, y.l1, y.l2, y.l3);
    }

    Fp dbl() {
        return add(this);
    }

    Fp sub(Fp y) {
        return sub(l0, l1, l2, l3, y.l0, y.l1, y.l2, y.l3);
    }

    Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    Fp mul(Fp y) {
        return mul(l0, l1, l2, l3, y.l0, y.l1, y.l2, y.l3);
    }

    Fp square() {
        return mul(this);
    }

    /**
     * The inverse, by the binary extended Euclidean algorithm on the raw limbs (variable time, which is fine: nothing
     * here is secret); zero maps to zero. Inverting x·R gives x⁻¹·R⁻¹, and a Montgomery multiplication by R³ turns
     * that into x⁻¹·R.
     */
    Fp inverse() {
        if (isZero()) return ZERO;
        long[] u = {l0, l1, l2, l3};
        long[] v = {Q0, Q1, Q2, Q3};
        long[] x1 = {1, 0, 0, 0};
        long[] x2 = {0, 0, 0, 0};
        // Invariants: x1·a ≡ u and x2·a ≡ v (mod p).
        while (!isOne(u) && !isOne(v)) {
            while ((u[0] & 1) == 0) {
                shiftRight1(u);
                halveModP(x1);
            }
            while ((v[0] & 1) == 0) {
                shiftRight1(v);
                halveModP(x2);
            }
            if (greaterOrEqual(u, v)) {
                subtract(u, v);
                subtractModP(x1, x2);
            } else {
                subtract(v, u);
                subtractModP(x2, x1);
            }
        }
        long[] r = isOne(u) ? x1 : x2;
        return new Fp(r[0], r[1], r[2], r[3]).mul(R3);
    }

    /** R³ mod p as raw limbs (not Montgomery form). */
    private static final Fp R3 = raw(BigInteger.ONE.shiftLeft(768).mod(P));

    private static Fp raw(BigInteger v) {
        return new Fp(v.longValue(), v.shiftRight(64).longValue(), v.shiftRight(128).longValue(),
                v.shiftRight(192).longValue());
    }

    private static boolean isOne(long[] a) {
        return a[0] == 1 && (a[1] | a[2] | a[3]) == 0;
    }

    private static void shiftRight1(long[] a) {
        a[0] = (a[0] >>> 1) | (a[1] << 63);
        a[1] = (a[1] >>> 1) | (a[2] << 63);
        a[2] = (a[2] >>> 1) | (a[3] << 63);
        a[3] >>>= 1;
    }

    /** a ← a/2 mod p for a < p: add p first when a is odd (a + p < 2^255, no overflow). */
    private static void halveModP(long[] a) {
        if ((a[0] & 1) != 0) {
            long c = 0;
            long[] q = {Q0, Q1, Q2, Q3};
            for (int i = 0; i < 4; i++) {
                long s = a[i] + q[i] + c;
                c = ((a[i] & q[i]) | ((a[i] | q[i]) & ~s)) >>> 63;
                a[i] = s;
            }
        }
        shiftRight1(a);
    }

    private static boolean greaterOrEqual(long[] a, long[] b) {
        for (int i = 3; i >= 0; i--) {
            if (a[i] != b[i]) return Long.compareUnsigned(a[i], b[i]) > 0;
        }
        return true;
    }

    /** a ← a − b for a ≥ b; returns the borrow out. */
    private static long subtract(long[] a, long[] b) {
        long c = 0;
        for (int i = 0; i < 4; i++) {
            long d = a[i] - b[i] - c;
            c = ((~a[i] & b[i]) | (~(a[i] ^ b[i]) & d)) >>> 63;
            a[i] = d;
        }
        return c;
    }

    /** a ← (a − b) mod p for a, b < p. */
    private static void subtractModP(long[] a, long[] b) {
        if (subtract(a, b) == 0) return;
        long c = 0;
        long[] q = {Q0, Q1, Q2, Q3};
        for (int i = 0; i < 4; i++) {
            long s = a[i] + q[i] + c;
            c = ((a[i] & q[i]) | ((a[i] | q[i]) & ~s)) >>> 63;
            a[i] = s;
        }
    }

    // Limb arithmetic, fully unrolled. Carries and borrows of additions are computed without branches (Hacker's
    // Delight 2-16) and reductions select with masks, so the cost does not depend on the data.

    private static Fp add(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3) {
        long s0, s1, s2, s3, d0, d1, d2, d3, c, m;
        s0 = x0 + y0;
        c = ((x0 & y0) | ((x0 | y0) & ~s0)) >>> 63;
        s1 = x1 + y1 + c;
        c = ((x1 & y1) | ((x1 | y1) & ~s1)) >>> 63;
        s2 = x2 + y2 + c;
        c = ((x2 & y2) | ((x2 | y2) & ~s2)) >>> 63;
        s3 = x3 + y3 + c;
        c = ((x3 & y3) | ((x3 | y3) & ~s3)) >>> 63;
        d0 = s0 - Q0;
        c = ((~s0 & Q0) | (~(s0 ^ Q0) & d0)) >>> 63;
        d1 = s1 - Q1 - c;
        c = ((~s1 & Q1) | (~(s1 ^ Q1) & d1)) >>> 63;
        d2 = s2 - Q2 - c;
        c = ((~s2 & Q2) | (~(s2 ^ Q2) & d2)) >>> 63;
        d3 = s3 - Q3 - c;
        c = ((~s3 & Q3) | (~(s3 ^ Q3) & d3)) >>> 63;
        m = -c;
        s0 = (s0 & m) | (d0 & ~m);
        s1 = (s1 & m) | (d1 & ~m);
        s2 = (s2 & m) | (d2 & ~m);
        s3 = (s3 & m) | (d3 & ~m);
        return new Fp(s0, s1, s2, s3);
    }

    private static Fp sub(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3) {
        long d0, d1, d2, d3, r0, r1, r2, r3, c, m;
        d0 = x0 - y0;
        c = ((~x0 & y0) | (~(x0 ^ y0) & d0)) >>> 63;
        d1 = x1 - y1 - c;
        c = ((~x1 & y1) | (~(x1 ^ y1) & d1)) >>> 63;
        d2 = x2 - y2 - c;
        c = ((~x2 & y2) | (~(x2 ^ y2) & d2)) >>> 63;
        d3 = x3 - y3 - c;
        c = ((~x3 & y3) | (~(x3 ^ y3) & d3)) >>> 63;
        m = -c;
        long p0 = Q0 & m, p1 = Q1 & m, p2 = Q2 & m, p3 = Q3 & m;
        r0 = d0 + p0;
        c = ((d0 & p0) | ((d0 | p0) & ~r0)) >>> 63;
        r1 = d1 + p1 + c;
        c = ((d1 & p1) | ((d1 | p1) & ~r1)) >>> 63;
        r2 = d2 + p2 + c;
        c = ((d2 & p2) | ((d2 | p2) & ~r2)) >>> 63;
        r3 = d3 + p3 + c;
        c = ((d3 & p3) | ((d3 | p3) & ~r3)) >>> 63;
        return new Fp(r0, r1, r2, r3);
    }

    private static Fp mul(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3) {
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, A, C, mm, lo, hi, s, c, m, d0, d1, d2, d3;
        // word 0 of the second operand
        lo = x0 * y0; hi = Math.unsignedMultiplyHigh(x0, y0);
        t0 = lo; A = hi;
        mm = t0 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0); s = lo + t0; hi += ((lo & t0) | ((lo | t0) & ~s)) >>> 63; C = hi;
        lo = x1 * y0; hi = Math.unsignedMultiplyHigh(x1, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y0; hi = Math.unsignedMultiplyHigh(x2, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y0; hi = Math.unsignedMultiplyHigh(x3, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 1 of the second operand
        lo = x0 * y1; hi = Math.unsignedMultiplyHigh(x0, y1);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        mm = t0 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0); s = lo + t0; hi += ((lo & t0) | ((lo | t0) & ~s)) >>> 63; C = hi;
        lo = x1 * y1; hi = Math.unsignedMultiplyHigh(x1, y1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y1; hi = Math.unsignedMultiplyHigh(x2, y1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y1; hi = Math.unsignedMultiplyHigh(x3, y1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 2 of the second operand
        lo = x0 * y2; hi = Math.unsignedMultiplyHigh(x0, y2);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        mm = t0 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0); s = lo + t0; hi += ((lo & t0) | ((lo | t0) & ~s)) >>> 63; C = hi;
        lo = x1 * y2; hi = Math.unsignedMultiplyHigh(x1, y2);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y2; hi = Math.unsignedMultiplyHigh(x2, y2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y2; hi = Math.unsignedMultiplyHigh(x3, y2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 3 of the second operand
        lo = x0 * y3; hi = Math.unsignedMultiplyHigh(x0, y3);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        mm = t0 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0); s = lo + t0; hi += ((lo & t0) | ((lo | t0) & ~s)) >>> 63; C = hi;
        lo = x1 * y3; hi = Math.unsignedMultiplyHigh(x1, y3);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y3; hi = Math.unsignedMultiplyHigh(x2, y3);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y3; hi = Math.unsignedMultiplyHigh(x3, y3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        d0 = t0 - Q0;
        c = ((~t0 & Q0) | (~(t0 ^ Q0) & d0)) >>> 63;
        d1 = t1 - Q1 - c;
        c = ((~t1 & Q1) | (~(t1 ^ Q1) & d1)) >>> 63;
        d2 = t2 - Q2 - c;
        c = ((~t2 & Q2) | (~(t2 ^ Q2) & d2)) >>> 63;
        d3 = t3 - Q3 - c;
        c = ((~t3 & Q3) | (~(t3 ^ Q3) & d3)) >>> 63;
        m = -c;
        t0 = (t0 & m) | (d0 & ~m);
        t1 = (t1 & m) | (d1 & ~m);
        t2 = (t2 & m) | (d2 & ~m);
        t3 = (t3 & m) | (d3 & ~m);
        return new Fp(t0, t1, t2, t3);
    }
    private static boolean lessThanP(long w0, long w1, long w2, long w3) {
        if (w3 != Q3) return Long.compareUnsigned(w3, Q3) < 0;
        if (w2 != Q2) return Long.compareUnsigned(w2, Q2) < 0;
        if (w1 != Q1) return Long.compareUnsigned(w1, Q1) < 0;
        return Long.compareUnsigned(w0, Q0) < 0;
    }

    private static long word(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    private static void putWord(byte[] out, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            out[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp f && f.l0 == l0 && f.l1 == l1 && f.l2 == l2 && f.l3 == l3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(l0 ^ l1 ^ l2 ^ l3);
    }

    @Override
    public String toString() {
        return toBigInteger().toString(16);
    }
}
