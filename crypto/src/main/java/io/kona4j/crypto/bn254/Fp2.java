package io.kona4j.crypto.bn254;

import static io.kona4j.crypto.bn254.Fp.P_INV_NEG;
import static io.kona4j.crypto.bn254.Fp.Q0;
import static io.kona4j.crypto.bn254.Fp.Q1;
import static io.kona4j.crypto.bn254.Fp.Q2;
import static io.kona4j.crypto.bn254.Fp.Q3;

import java.math.BigInteger;

/**
 * F_p² = F_p[i]/(i² + 1): {@code re + im·i}, both parts in Montgomery form, held flat as eight limbs so that an
 * operation allocates only its result (this type carries the whole pairing, where allocation would otherwise cost
 * as much as the arithmetic). Immutable once built: the limb fields are written only while the result of an
 * operation is being filled in, before it is returned.
 */
final class Fp2 {
    static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** ξ = 9 + i, the non-residue defining F_p⁶ and the sextic twist. */
    static final Fp2 XI = new Fp2(Fp.fromBigInteger(BigInteger.valueOf(9)), Fp.ONE);

    private long a0, a1, a2, a3;
    private long b0, b1, b2, b3;

    private Fp2() {}

    Fp2(Fp re, Fp im) {
        a0 = re.l0;
        a1 = re.l1;
        a2 = re.l2;
        a3 = re.l3;
        b0 = im.l0;
        b1 = im.l1;
        b2 = im.l2;
        b3 = im.l3;
    }

    /** The real part. */
    Fp re() {
        return Fp.ofMontgomery(a0, a1, a2, a3);
    }

    /** The imaginary part. */
    Fp im() {
        return Fp.ofMontgomery(b0, b1, b2, b3);
    }

    boolean isZero() {
        return (a0 | a1 | a2 | a3 | b0 | b1 | b2 | b3) == 0;
    }

    Fp2 add(Fp2 y) {
        Fp2 r = new Fp2();
        addMod(a0, a1, a2, a3, y.a0, y.a1, y.a2, y.a3, r, false);
        addMod(b0, b1, b2, b3, y.b0, y.b1, y.b2, y.b3, r, true);
        return r;
    }

    Fp2 sub(Fp2 y) {
        Fp2 r = new Fp2();
        subMod(a0, a1, a2, a3, y.a0, y.a1, y.a2, y.a3, r, false);
        subMod(b0, b1, b2, b3, y.b0, y.b1, y.b2, y.b3, r, true);
        return r;
    }

    Fp2 dbl() {
        return add(this);
    }

    Fp2 neg() {
        Fp2 r = new Fp2();
        subMod(0, 0, 0, 0, a0, a1, a2, a3, r, false);
        subMod(0, 0, 0, 0, b0, b1, b2, b3, r, true);
        return r;
    }

    Fp2 conjugate() {
        Fp2 r = new Fp2();
        r.set(false, a0, a1, a2, a3);
        subMod(0, 0, 0, 0, b0, b1, b2, b3, r, true);
        return r;
    }

    /** Karatsuba: three base-field multiplications, (a0b0 − a1b1) + ((a0+a1)(b0+b1) − a0b0 − a1b1)·i. */
    Fp2 mul(Fp2 y) {
        Fp2 sums = new Fp2();
        addMod(a0, a1, a2, a3, b0, b1, b2, b3, sums, false);
        addMod(y.a0, y.a1, y.a2, y.a3, y.b0, y.b1, y.b2, y.b3, sums, true);
        Fp2 r = new Fp2();
        montMul(a0, a1, a2, a3, y.a0, y.a1, y.a2, y.a3, r, false);
        montMul(b0, b1, b2, b3, y.b0, y.b1, y.b2, y.b3, r, true);
        montMul(sums.a0, sums.a1, sums.a2, sums.a3, sums.b0, sums.b1, sums.b2, sums.b3, sums, false);
        // sums.re = (a0+a1)(b0+b1); r = (a0b0, a1b1)
        subMod(sums.a0, sums.a1, sums.a2, sums.a3, r.a0, r.a1, r.a2, r.a3, sums, false);
        subMod(sums.a0, sums.a1, sums.a2, sums.a3, r.b0, r.b1, r.b2, r.b3, sums, false);
        subMod(r.a0, r.a1, r.a2, r.a3, r.b0, r.b1, r.b2, r.b3, r, false);
        r.set(true, sums.a0, sums.a1, sums.a2, sums.a3);
        return r;
    }

    /** Both parts times a base-field element. */
    Fp2 mul(Fp y) {
        Fp2 r = new Fp2();
        montMul(a0, a1, a2, a3, y.l0, y.l1, y.l2, y.l3, r, false);
        montMul(b0, b1, b2, b3, y.l0, y.l1, y.l2, y.l3, r, true);
        return r;
    }

    /** (a+b)(a−b) + 2ab·i: two base-field multiplications. */
    Fp2 square() {
        Fp2 t = new Fp2();
        addMod(a0, a1, a2, a3, b0, b1, b2, b3, t, false);
        subMod(a0, a1, a2, a3, b0, b1, b2, b3, t, true);
        Fp2 r = new Fp2();
        montMul(t.a0, t.a1, t.a2, t.a3, t.b0, t.b1, t.b2, t.b3, r, false);
        montMul(a0, a1, a2, a3, b0, b1, b2, b3, r, true);
        addMod(r.b0, r.b1, r.b2, r.b3, r.b0, r.b1, r.b2, r.b3, r, true);
        return r;
    }

    /** {@code this · ξ} = (9a − b) + (a + 9b)·i, without a multiplication. */
    Fp2 mulByXi() {
        Fp2 r = new Fp2();
        mul9(a0, a1, a2, a3, r, false);
        mul9(b0, b1, b2, b3, r, true);
        subMod(r.a0, r.a1, r.a2, r.a3, b0, b1, b2, b3, r, false);
        addMod(a0, a1, a2, a3, r.b0, r.b1, r.b2, r.b3, r, true);
        return r;
    }

    Fp2 inverse() {
        Fp re = re(), im = im();
        Fp t = re.square().add(im.square()).inverse();
        return new Fp2(re.mul(t), im.neg().mul(t));
    }

    Fp2 pow(BigInteger e) {
        Fp2 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) r = r.mul(this);
        }
        return r;
    }

    private void set(boolean im, long l0, long l1, long l2, long l3) {
        if (im) {
            b0 = l0;
            b1 = l1;
            b2 = l2;
            b3 = l3;
        } else {
            a0 = l0;
            a1 = l1;
            a2 = l2;
            a3 = l3;
        }
    }

    // Limb arithmetic, fully unrolled. Carries and borrows of additions are computed without branches (Hacker's
    // Delight 2-16) and reductions select with masks, so the cost does not depend on the data.

    /** Writes (x + y) mod p into the real or imaginary part of d. */
    private static void addMod(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3, Fp2 d, boolean im) {
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
        d.set(im, s0, s1, s2, s3);
    }

    /** Writes (x − y) mod p into the real or imaginary part of d. */
    private static void subMod(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3, Fp2 d, boolean im) {
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
        d.set(im, r0, r1, r2, r3);
    }

    /** Writes 9x mod p: shift-and-add into five limbs, then subtract 8p, 4p, 2p and p where they fit. */
    private static void mul9(long x0, long x1, long x2, long x3, Fp2 d, boolean im) {
        long t0 = x0 << 3, t1 = (x1 << 3) | (x0 >>> 61), t2 = (x2 << 3) | (x1 >>> 61);
        long t3 = (x3 << 3) | (x2 >>> 61), t4 = x3 >>> 61;
        long u0, u1, u2, u3, u4, d0, d1, d2, d3, d4, c, m;
        u0 = t0 + x0;
        c = ((t0 & x0) | ((t0 | x0) & ~u0)) >>> 63;
        u1 = t1 + x1 + c;
        c = ((t1 & x1) | ((t1 | x1) & ~u1)) >>> 63;
        u2 = t2 + x2 + c;
        c = ((t2 & x2) | ((t2 | x2) & ~u2)) >>> 63;
        u3 = t3 + x3 + c;
        c = ((t3 & x3) | ((t3 | x3) & ~u3)) >>> 63;
        u4 = t4 + c;
        // subtract 8p where it fits
        d0 = u0 - 0xe10460b6c3e7ea38L;
        c = ((~u0 & 0xe10460b6c3e7ea38L) | (~(u0 ^ 0xe10460b6c3e7ea38L) & d0)) >>> 63;
        d1 = u1 - 0xbc0b548b438e5469L - c;
        c = ((~u1 & 0xbc0b548b438e5469L) | (~(u1 ^ 0xbc0b548b438e5469L) & d1)) >>> 63;
        d2 = u2 - 0xc2822db40c0ac2ecL - c;
        c = ((~u2 & 0xc2822db40c0ac2ecL) | (~(u2 ^ 0xc2822db40c0ac2ecL) & d2)) >>> 63;
        d3 = u3 - 0x83227397098d014dL - c;
        c = ((~u3 & 0x83227397098d014dL) | (~(u3 ^ 0x83227397098d014dL) & d3)) >>> 63;
        d4 = u4 - 0x0000000000000001L - c;
        c = ((~u4 & 0x0000000000000001L) | (~(u4 ^ 0x0000000000000001L) & d4)) >>> 63;
        m = -c;
        u0 = (u0 & m) | (d0 & ~m);
        u1 = (u1 & m) | (d1 & ~m);
        u2 = (u2 & m) | (d2 & ~m);
        u3 = (u3 & m) | (d3 & ~m);
        u4 = (u4 & m) | (d4 & ~m);
        // subtract 4p where it fits
        d0 = u0 - 0xf082305b61f3f51cL;
        c = ((~u0 & 0xf082305b61f3f51cL) | (~(u0 ^ 0xf082305b61f3f51cL) & d0)) >>> 63;
        d1 = u1 - 0x5e05aa45a1c72a34L - c;
        c = ((~u1 & 0x5e05aa45a1c72a34L) | (~(u1 ^ 0x5e05aa45a1c72a34L) & d1)) >>> 63;
        d2 = u2 - 0xe14116da06056176L - c;
        c = ((~u2 & 0xe14116da06056176L) | (~(u2 ^ 0xe14116da06056176L) & d2)) >>> 63;
        d3 = u3 - 0xc19139cb84c680a6L - c;
        c = ((~u3 & 0xc19139cb84c680a6L) | (~(u3 ^ 0xc19139cb84c680a6L) & d3)) >>> 63;
        d4 = u4 - 0x0000000000000000L - c;
        c = ((~u4 & 0x0000000000000000L) | (~(u4 ^ 0x0000000000000000L) & d4)) >>> 63;
        m = -c;
        u0 = (u0 & m) | (d0 & ~m);
        u1 = (u1 & m) | (d1 & ~m);
        u2 = (u2 & m) | (d2 & ~m);
        u3 = (u3 & m) | (d3 & ~m);
        u4 = (u4 & m) | (d4 & ~m);
        // subtract 2p where it fits
        d0 = u0 - 0x7841182db0f9fa8eL;
        c = ((~u0 & 0x7841182db0f9fa8eL) | (~(u0 ^ 0x7841182db0f9fa8eL) & d0)) >>> 63;
        d1 = u1 - 0x2f02d522d0e3951aL - c;
        c = ((~u1 & 0x2f02d522d0e3951aL) | (~(u1 ^ 0x2f02d522d0e3951aL) & d1)) >>> 63;
        d2 = u2 - 0x70a08b6d0302b0bbL - c;
        c = ((~u2 & 0x70a08b6d0302b0bbL) | (~(u2 ^ 0x70a08b6d0302b0bbL) & d2)) >>> 63;
        d3 = u3 - 0x60c89ce5c2634053L - c;
        c = ((~u3 & 0x60c89ce5c2634053L) | (~(u3 ^ 0x60c89ce5c2634053L) & d3)) >>> 63;
        d4 = u4 - 0x0000000000000000L - c;
        c = ((~u4 & 0x0000000000000000L) | (~(u4 ^ 0x0000000000000000L) & d4)) >>> 63;
        m = -c;
        u0 = (u0 & m) | (d0 & ~m);
        u1 = (u1 & m) | (d1 & ~m);
        u2 = (u2 & m) | (d2 & ~m);
        u3 = (u3 & m) | (d3 & ~m);
        u4 = (u4 & m) | (d4 & ~m);
        // subtract 1p where it fits
        d0 = u0 - 0x3c208c16d87cfd47L;
        c = ((~u0 & 0x3c208c16d87cfd47L) | (~(u0 ^ 0x3c208c16d87cfd47L) & d0)) >>> 63;
        d1 = u1 - 0x97816a916871ca8dL - c;
        c = ((~u1 & 0x97816a916871ca8dL) | (~(u1 ^ 0x97816a916871ca8dL) & d1)) >>> 63;
        d2 = u2 - 0xb85045b68181585dL - c;
        c = ((~u2 & 0xb85045b68181585dL) | (~(u2 ^ 0xb85045b68181585dL) & d2)) >>> 63;
        d3 = u3 - 0x30644e72e131a029L - c;
        c = ((~u3 & 0x30644e72e131a029L) | (~(u3 ^ 0x30644e72e131a029L) & d3)) >>> 63;
        d4 = u4 - 0x0000000000000000L - c;
        c = ((~u4 & 0x0000000000000000L) | (~(u4 ^ 0x0000000000000000L) & d4)) >>> 63;
        m = -c;
        u0 = (u0 & m) | (d0 & ~m);
        u1 = (u1 & m) | (d1 & ~m);
        u2 = (u2 & m) | (d2 & ~m);
        u3 = (u3 & m) | (d3 & ~m);
        u4 = (u4 & m) | (d4 & ~m);
        d.set(im, u0, u1, u2, u3);
    }

    /** Writes the Montgomery product x·y·2^−256 mod p (CIOS without the final carry: p's top limb is below 2^62). */
    private static void montMul(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3, Fp2 d, boolean im) {
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
        d.set(im, t0, t1, t2, t3);
    }
    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 f && f.a0 == a0 && f.a1 == a1 && f.a2 == a2 && f.a3 == a3 && f.b0 == b0 && f.b1 == b1
                && f.b2 == b2 && f.b3 == b3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(a0 ^ a1 ^ a2 ^ a3) * 31 + Long.hashCode(b0 ^ b1 ^ b2 ^ b3);
    }

    @Override
    public String toString() {
        return "(" + re() + " + " + im() + "i)";
    }
}
