package io.kona4j.crypto.bn254;

import java.math.BigInteger;

/**
 * An element of the BN254 base field F_p, p = 0x30644e72…fd47, held in Montgomery form (value · 2^256 mod p) as four
 * 64-bit limbs, least significant first. Immutable. Multiplication is CIOS Montgomery in its "no final carry" form,
 * valid because p's top limb is below 2^62.
 */
final class Fp {
    static final BigInteger P = new BigInteger("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16);

    private static final long Q0 = 0x3c208c16d87cfd47L;
    private static final long Q1 = 0x97816a916871ca8dL;
    private static final long Q2 = 0xb85045b68181585dL;
    private static final long Q3 = 0x30644e72e131a029L;
    /** −p^−1 mod 2^64. */
    private static final long P_INV_NEG = 0x87d20782e4866389L;
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

    boolean isOne() {
        return equals(ONE);
    }

    Fp add(Fp y) {
        long s0 = l0 + y.l0;
        long c = Long.compareUnsigned(s0, l0) < 0 ? 1 : 0;
        long s1 = l1 + y.l1 + c;
        c = Long.compareUnsigned(s1, l1) < 0 || (c == 1 && s1 == l1) ? 1 : 0;
        long s2 = l2 + y.l2 + c;
        c = Long.compareUnsigned(s2, l2) < 0 || (c == 1 && s2 == l2) ? 1 : 0;
        long s3 = l3 + y.l3 + c;
        return reduceOnce(s0, s1, s2, s3);
    }

    Fp dbl() {
        return add(this);
    }

    Fp sub(Fp y) {
        long d0 = l0 - y.l0;
        long b = Long.compareUnsigned(l0, y.l0) < 0 ? 1 : 0;
        long d1 = l1 - y.l1 - b;
        b = Long.compareUnsigned(l1, y.l1) < 0 || (b == 1 && l1 == y.l1) ? 1 : 0;
        long d2 = l2 - y.l2 - b;
        b = Long.compareUnsigned(l2, y.l2) < 0 || (b == 1 && l2 == y.l2) ? 1 : 0;
        long d3 = l3 - y.l3 - b;
        b = Long.compareUnsigned(l3, y.l3) < 0 || (b == 1 && l3 == y.l3) ? 1 : 0;
        if (b == 0) return new Fp(d0, d1, d2, d3);
        long s0 = d0 + Q0;
        long c = Long.compareUnsigned(s0, d0) < 0 ? 1 : 0;
        long s1 = d1 + Q1 + c;
        c = Long.compareUnsigned(s1, d1) < 0 || (c == 1 && s1 == d1) ? 1 : 0;
        long s2 = d2 + Q2 + c;
        c = Long.compareUnsigned(s2, d2) < 0 || (c == 1 && s2 == d2) ? 1 : 0;
        long s3 = d3 + Q3 + c;
        return new Fp(s0, s1, s2, s3);
    }

    Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    Fp mul(Fp y) {
        long x0 = l0, x1 = l1, x2 = l2, x3 = l3;
        long y0 = y.l0, y1 = y.l1, y2 = y.l2, y3 = y.l3;
        long t0, t1, t2, t3, A, C, m, lo, hi, s;
        // word 0 of y
        lo = x0 * y0; hi = Math.unsignedMultiplyHigh(x0, y0);
        t0 = lo; A = hi;
        m = t0 * P_INV_NEG;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0); s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; C = hi;
        lo = x1 * y0; hi = Math.unsignedMultiplyHigh(x1, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y0; hi = Math.unsignedMultiplyHigh(x2, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y0; hi = Math.unsignedMultiplyHigh(x3, y0);
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 1 of y
        lo = x0 * y1; hi = Math.unsignedMultiplyHigh(x0, y1);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * P_INV_NEG;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0); s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; C = hi;
        lo = x1 * y1; hi = Math.unsignedMultiplyHigh(x1, y1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y1; hi = Math.unsignedMultiplyHigh(x2, y1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y1; hi = Math.unsignedMultiplyHigh(x3, y1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 2 of y
        lo = x0 * y2; hi = Math.unsignedMultiplyHigh(x0, y2);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * P_INV_NEG;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0); s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; C = hi;
        lo = x1 * y2; hi = Math.unsignedMultiplyHigh(x1, y2);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y2; hi = Math.unsignedMultiplyHigh(x2, y2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y2; hi = Math.unsignedMultiplyHigh(x3, y2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        // word 3 of y
        lo = x0 * y3; hi = Math.unsignedMultiplyHigh(x0, y3);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; A = hi;
        m = t0 * P_INV_NEG;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0); s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; C = hi;
        lo = x1 * y3; hi = Math.unsignedMultiplyHigh(x1, y3);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; C = hi;
        lo = x2 * y3; hi = Math.unsignedMultiplyHigh(x2, y3);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; C = hi;
        lo = x3 * y3; hi = Math.unsignedMultiplyHigh(x3, y3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + A; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + C; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; C = hi;
        t3 = C + A;
        return reduceOnce(t0, t1, t2, t3);
    }

    Fp square() {
        return mul(this);
    }

    /** {@code this^e} for a non-negative exponent. */
    Fp pow(BigInteger e) {
        Fp r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) r = r.mul(this);
        }
        return r;
    }

    /** The inverse by Fermat's little theorem; zero maps to zero. */
    Fp inverse() {
        return pow(P_MINUS_2);
    }

    private static final BigInteger P_MINUS_2 = P.subtract(BigInteger.TWO);

    private static Fp reduceOnce(long s0, long s1, long s2, long s3) {
        if (lessThanP(s0, s1, s2, s3)) return new Fp(s0, s1, s2, s3);
        long d0 = s0 - Q0;
        long b = Long.compareUnsigned(s0, Q0) < 0 ? 1 : 0;
        long d1 = s1 - Q1 - b;
        b = Long.compareUnsigned(s1, Q1) < 0 || (b == 1 && s1 == Q1) ? 1 : 0;
        long d2 = s2 - Q2 - b;
        b = Long.compareUnsigned(s2, Q2) < 0 || (b == 1 && s2 == Q2) ? 1 : 0;
        long d3 = s3 - Q3 - b;
        return new Fp(d0, d1, d2, d3);
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
