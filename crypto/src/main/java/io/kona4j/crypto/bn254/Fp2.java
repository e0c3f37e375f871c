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

    long a0, a1, a2, a3;
    long b0, b1, b2, b3;

    Fp2() {}

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

    /**
     * Both parts are below p < 2^254, so a sum has no carry out of its top limb and the sign of sum − p (or of a
     * difference) is the top bit of its top limb; the reduction selects with that mask.
     */
    Fp2 add(Fp2 y) {
        long c, m, s0, s1, s2, s3, d0, d1, d2, d3;
        Fp2 r = new Fp2();
        s0 = a0 + y.a0; c = ((a0 & y.a0) | ((a0 | y.a0) & ~s0)) >>> 63;
        s1 = a1 + y.a1 + c; c = ((a1 & y.a1) | ((a1 | y.a1) & ~s1)) >>> 63;
        s2 = a2 + y.a2 + c; c = ((a2 & y.a2) | ((a2 | y.a2) & ~s2)) >>> 63;
        s3 = a3 + y.a3 + c;
        d0 = s0 - Q0; c = ((~s0 & Q0) | (~(s0 ^ Q0) & d0)) >>> 63;
        d1 = s1 - Q1 - c; c = ((~s1 & Q1) | (~(s1 ^ Q1) & d1)) >>> 63;
        d2 = s2 - Q2 - c; c = ((~s2 & Q2) | (~(s2 ^ Q2) & d2)) >>> 63;
        d3 = s3 - Q3 - c;
        m = d3 >> 63;
        r.a0 = (s0 & m) | (d0 & ~m);
        r.a1 = (s1 & m) | (d1 & ~m);
        r.a2 = (s2 & m) | (d2 & ~m);
        r.a3 = (s3 & m) | (d3 & ~m);
        s0 = b0 + y.b0; c = ((b0 & y.b0) | ((b0 | y.b0) & ~s0)) >>> 63;
        s1 = b1 + y.b1 + c; c = ((b1 & y.b1) | ((b1 | y.b1) & ~s1)) >>> 63;
        s2 = b2 + y.b2 + c; c = ((b2 & y.b2) | ((b2 | y.b2) & ~s2)) >>> 63;
        s3 = b3 + y.b3 + c;
        d0 = s0 - Q0; c = ((~s0 & Q0) | (~(s0 ^ Q0) & d0)) >>> 63;
        d1 = s1 - Q1 - c; c = ((~s1 & Q1) | (~(s1 ^ Q1) & d1)) >>> 63;
        d2 = s2 - Q2 - c; c = ((~s2 & Q2) | (~(s2 ^ Q2) & d2)) >>> 63;
        d3 = s3 - Q3 - c;
        m = d3 >> 63;
        r.b0 = (s0 & m) | (d0 & ~m);
        r.b1 = (s1 & m) | (d1 & ~m);
        r.b2 = (s2 & m) | (d2 & ~m);
        r.b3 = (s3 & m) | (d3 & ~m);
        return r;
    }

    Fp2 sub(Fp2 y) {
        long c, m, s0, s1, s2, s3, d0, d1, d2, d3;
        Fp2 r = new Fp2();
        d0 = a0 - y.a0; c = ((~a0 & y.a0) | (~(a0 ^ y.a0) & d0)) >>> 63;
        d1 = a1 - y.a1 - c; c = ((~a1 & y.a1) | (~(a1 ^ y.a1) & d1)) >>> 63;
        d2 = a2 - y.a2 - c; c = ((~a2 & y.a2) | (~(a2 ^ y.a2) & d2)) >>> 63;
        d3 = a3 - y.a3 - c;
        m = d3 >> 63;
        s0 = Q0 & m; s1 = Q1 & m; s2 = Q2 & m; s3 = Q3 & m;
        r.a0 = d0 + s0; c = ((d0 & s0) | ((d0 | s0) & ~r.a0)) >>> 63;
        r.a1 = d1 + s1 + c; c = ((d1 & s1) | ((d1 | s1) & ~r.a1)) >>> 63;
        r.a2 = d2 + s2 + c; c = ((d2 & s2) | ((d2 | s2) & ~r.a2)) >>> 63;
        r.a3 = d3 + s3 + c;
        d0 = b0 - y.b0; c = ((~b0 & y.b0) | (~(b0 ^ y.b0) & d0)) >>> 63;
        d1 = b1 - y.b1 - c; c = ((~b1 & y.b1) | (~(b1 ^ y.b1) & d1)) >>> 63;
        d2 = b2 - y.b2 - c; c = ((~b2 & y.b2) | (~(b2 ^ y.b2) & d2)) >>> 63;
        d3 = b3 - y.b3 - c;
        m = d3 >> 63;
        s0 = Q0 & m; s1 = Q1 & m; s2 = Q2 & m; s3 = Q3 & m;
        r.b0 = d0 + s0; c = ((d0 & s0) | ((d0 | s0) & ~r.b0)) >>> 63;
        r.b1 = d1 + s1 + c; c = ((d1 & s1) | ((d1 | s1) & ~r.b1)) >>> 63;
        r.b2 = d2 + s2 + c; c = ((d2 & s2) | ((d2 | s2) & ~r.b2)) >>> 63;
        r.b3 = d3 + s3 + c;
        return r;
    }

    Fp2 dbl() {
        return add(this);
    }

    Fp2 neg() {
        long c, m, s0, s1, s2, s3, d0, d1, d2, d3;
        Fp2 r = new Fp2();
        d0 = 0 - a0; c = ((~0 & a0) | (~(0 ^ a0) & d0)) >>> 63;
        d1 = 0 - a1 - c; c = ((~0 & a1) | (~(0 ^ a1) & d1)) >>> 63;
        d2 = 0 - a2 - c; c = ((~0 & a2) | (~(0 ^ a2) & d2)) >>> 63;
        d3 = 0 - a3 - c;
        m = d3 >> 63;
        s0 = Q0 & m; s1 = Q1 & m; s2 = Q2 & m; s3 = Q3 & m;
        r.a0 = d0 + s0; c = ((d0 & s0) | ((d0 | s0) & ~r.a0)) >>> 63;
        r.a1 = d1 + s1 + c; c = ((d1 & s1) | ((d1 | s1) & ~r.a1)) >>> 63;
        r.a2 = d2 + s2 + c; c = ((d2 & s2) | ((d2 | s2) & ~r.a2)) >>> 63;
        r.a3 = d3 + s3 + c;
        d0 = 0 - b0; c = ((~0 & b0) | (~(0 ^ b0) & d0)) >>> 63;
        d1 = 0 - b1 - c; c = ((~0 & b1) | (~(0 ^ b1) & d1)) >>> 63;
        d2 = 0 - b2 - c; c = ((~0 & b2) | (~(0 ^ b2) & d2)) >>> 63;
        d3 = 0 - b3 - c;
        m = d3 >> 63;
        s0 = Q0 & m; s1 = Q1 & m; s2 = Q2 & m; s3 = Q3 & m;
        r.b0 = d0 + s0; c = ((d0 & s0) | ((d0 | s0) & ~r.b0)) >>> 63;
        r.b1 = d1 + s1 + c; c = ((d1 & s1) | ((d1 | s1) & ~r.b1)) >>> 63;
        r.b2 = d2 + s2 + c; c = ((d2 & s2) | ((d2 | s2) & ~r.b2)) >>> 63;
        r.b3 = d3 + s3 + c;
        return r;
    }

    Fp2 conjugate() {
        long c, m, s0, s1, s2, s3, d0, d1, d2, d3;
        Fp2 r = new Fp2();
        r.a0 = a0;
        r.a1 = a1;
        r.a2 = a2;
        r.a3 = a3;
        d0 = 0 - b0; c = ((~0 & b0) | (~(0 ^ b0) & d0)) >>> 63;
        d1 = 0 - b1 - c; c = ((~0 & b1) | (~(0 ^ b1) & d1)) >>> 63;
        d2 = 0 - b2 - c; c = ((~0 & b2) | (~(0 ^ b2) & d2)) >>> 63;
        d3 = 0 - b3 - c;
        m = d3 >> 63;
        s0 = Q0 & m; s1 = Q1 & m; s2 = Q2 & m; s3 = Q3 & m;
        r.b0 = d0 + s0; c = ((d0 & s0) | ((d0 | s0) & ~r.b0)) >>> 63;
        r.b1 = d1 + s1 + c; c = ((d1 & s1) | ((d1 | s1) & ~r.b1)) >>> 63;
        r.b2 = d2 + s2 + c; c = ((d2 & s2) | ((d2 | s2) & ~r.b2)) >>> 63;
        r.b3 = d3 + s3 + c;
        return r;
    }

    /** Montgomery reduction T·2^−256 mod p of a 512-bit T below p·2^256, written into a part of d. */
    private static void redc(long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7, Fp2 d, boolean im) {
        long lo, hi, s, k, c, mm, m, d0, d1, d2, d3;
        mm = t0 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0);
        s = lo + t0; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t0 = lo; k = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; k = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; k = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; k = hi;
        s = t4 + k; c = Long.compareUnsigned(s, t4) < 0 ? 1 : 0; t4 = s;
        s = t5 + c; c = Long.compareUnsigned(s, t5) < 0 ? 1 : 0; t5 = s;
        s = t6 + c; c = Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t7 + c; c = Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        mm = t1 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0);
        s = lo + t1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t1 = lo; k = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; k = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; k = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; k = hi;
        s = t5 + k; c = Long.compareUnsigned(s, t5) < 0 ? 1 : 0; t5 = s;
        s = t6 + c; c = Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t7 + c; c = Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        mm = t2 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0);
        s = lo + t2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t2 = lo; k = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; k = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; k = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; k = hi;
        s = t6 + k; c = Long.compareUnsigned(s, t6) < 0 ? 1 : 0; t6 = s;
        s = t7 + c; c = Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        mm = t3 * P_INV_NEG;
        lo = mm * Q0; hi = Math.unsignedMultiplyHigh(mm, Q0);
        s = lo + t3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t3 = lo; k = hi;
        lo = mm * Q1; hi = Math.unsignedMultiplyHigh(mm, Q1);
        s = lo + t4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t4 = lo; k = hi;
        lo = mm * Q2; hi = Math.unsignedMultiplyHigh(mm, Q2);
        s = lo + t5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t5 = lo; k = hi;
        lo = mm * Q3; hi = Math.unsignedMultiplyHigh(mm, Q3);
        s = lo + t6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        t6 = lo; k = hi;
        s = t7 + k; c = Long.compareUnsigned(s, t7) < 0 ? 1 : 0; t7 = s;
        d0 = t4 - Q0; c = ((~t4 & Q0) | (~(t4 ^ Q0) & d0)) >>> 63;
        d1 = t5 - Q1 - c; c = ((~t5 & Q1) | (~(t5 ^ Q1) & d1)) >>> 63;
        d2 = t6 - Q2 - c; c = ((~t6 & Q2) | (~(t6 ^ Q2) & d2)) >>> 63;
        d3 = t7 - Q3 - c; c = ((~t7 & Q3) | (~(t7 ^ Q3) & d3)) >>> 63;
        m = -c;
        d.set(im, (t4 & m) | (d0 & ~m), (t5 & m) | (d1 & ~m), (t6 & m) | (d2 & ~m), (t7 & m) | (d3 & ~m));
    }

    /**
     * Karatsuba with lazy reduction: the 512-bit products a0·b0, a1·b1 and (a0+a1)·(b0+b1) are combined before
     * reducing, so two Montgomery reductions replace three. The real part a0·b0 − a1·b1 + p² stays non-negative and,
     * like the imaginary part a0·b1 + a1·b0, below p·2^256.
     */
    Fp2 mul(Fp2 y) {
        // The three 512-bit Karatsuba products stay in locals (u = re·re', v = im·im', g = (re+im)(re'+im')).
        long lo, hi, s, k, c, s0, s1, s2, s3, t0, t1, t2, t3;
        long u0, u1, u2, u3, u4, u5, u6, u7, v0, v1, v2, v3, v4, v5, v6, v7, g0, g1, g2, g3, g4, g5, g6, g7;
        lo = a0 * y.a0; hi = Math.unsignedMultiplyHigh(a0, y.a0);
        u0 = lo; k = hi;
        lo = a0 * y.a1; hi = Math.unsignedMultiplyHigh(a0, y.a1);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u1 = lo; k = hi;
        lo = a0 * y.a2; hi = Math.unsignedMultiplyHigh(a0, y.a2);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u2 = lo; k = hi;
        lo = a0 * y.a3; hi = Math.unsignedMultiplyHigh(a0, y.a3);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u3 = lo; k = hi;
        u4 = k;
        lo = a1 * y.a0; hi = Math.unsignedMultiplyHigh(a1, y.a0);
        s = lo + u1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u1 = lo; k = hi;
        lo = a1 * y.a1; hi = Math.unsignedMultiplyHigh(a1, y.a1);
        s = lo + u2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u2 = lo; k = hi;
        lo = a1 * y.a2; hi = Math.unsignedMultiplyHigh(a1, y.a2);
        s = lo + u3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u3 = lo; k = hi;
        lo = a1 * y.a3; hi = Math.unsignedMultiplyHigh(a1, y.a3);
        s = lo + u4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u4 = lo; k = hi;
        u5 = k;
        lo = a2 * y.a0; hi = Math.unsignedMultiplyHigh(a2, y.a0);
        s = lo + u2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u2 = lo; k = hi;
        lo = a2 * y.a1; hi = Math.unsignedMultiplyHigh(a2, y.a1);
        s = lo + u3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u3 = lo; k = hi;
        lo = a2 * y.a2; hi = Math.unsignedMultiplyHigh(a2, y.a2);
        s = lo + u4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u4 = lo; k = hi;
        lo = a2 * y.a3; hi = Math.unsignedMultiplyHigh(a2, y.a3);
        s = lo + u5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u5 = lo; k = hi;
        u6 = k;
        lo = a3 * y.a0; hi = Math.unsignedMultiplyHigh(a3, y.a0);
        s = lo + u3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u3 = lo; k = hi;
        lo = a3 * y.a1; hi = Math.unsignedMultiplyHigh(a3, y.a1);
        s = lo + u4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u4 = lo; k = hi;
        lo = a3 * y.a2; hi = Math.unsignedMultiplyHigh(a3, y.a2);
        s = lo + u5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u5 = lo; k = hi;
        lo = a3 * y.a3; hi = Math.unsignedMultiplyHigh(a3, y.a3);
        s = lo + u6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        u6 = lo; k = hi;
        u7 = k;
        lo = b0 * y.b0; hi = Math.unsignedMultiplyHigh(b0, y.b0);
        v0 = lo; k = hi;
        lo = b0 * y.b1; hi = Math.unsignedMultiplyHigh(b0, y.b1);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v1 = lo; k = hi;
        lo = b0 * y.b2; hi = Math.unsignedMultiplyHigh(b0, y.b2);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v2 = lo; k = hi;
        lo = b0 * y.b3; hi = Math.unsignedMultiplyHigh(b0, y.b3);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v3 = lo; k = hi;
        v4 = k;
        lo = b1 * y.b0; hi = Math.unsignedMultiplyHigh(b1, y.b0);
        s = lo + v1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v1 = lo; k = hi;
        lo = b1 * y.b1; hi = Math.unsignedMultiplyHigh(b1, y.b1);
        s = lo + v2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v2 = lo; k = hi;
        lo = b1 * y.b2; hi = Math.unsignedMultiplyHigh(b1, y.b2);
        s = lo + v3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v3 = lo; k = hi;
        lo = b1 * y.b3; hi = Math.unsignedMultiplyHigh(b1, y.b3);
        s = lo + v4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v4 = lo; k = hi;
        v5 = k;
        lo = b2 * y.b0; hi = Math.unsignedMultiplyHigh(b2, y.b0);
        s = lo + v2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v2 = lo; k = hi;
        lo = b2 * y.b1; hi = Math.unsignedMultiplyHigh(b2, y.b1);
        s = lo + v3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v3 = lo; k = hi;
        lo = b2 * y.b2; hi = Math.unsignedMultiplyHigh(b2, y.b2);
        s = lo + v4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v4 = lo; k = hi;
        lo = b2 * y.b3; hi = Math.unsignedMultiplyHigh(b2, y.b3);
        s = lo + v5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v5 = lo; k = hi;
        v6 = k;
        lo = b3 * y.b0; hi = Math.unsignedMultiplyHigh(b3, y.b0);
        s = lo + v3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v3 = lo; k = hi;
        lo = b3 * y.b1; hi = Math.unsignedMultiplyHigh(b3, y.b1);
        s = lo + v4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v4 = lo; k = hi;
        lo = b3 * y.b2; hi = Math.unsignedMultiplyHigh(b3, y.b2);
        s = lo + v5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v5 = lo; k = hi;
        lo = b3 * y.b3; hi = Math.unsignedMultiplyHigh(b3, y.b3);
        s = lo + v6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        v6 = lo; k = hi;
        v7 = k;
        s0 = a0 + b0;
        c = ((a0 & b0) | ((a0 | b0) & ~s0)) >>> 63;
        s1 = a1 + b1 + c;
        c = ((a1 & b1) | ((a1 | b1) & ~s1)) >>> 63;
        s2 = a2 + b2 + c;
        c = ((a2 & b2) | ((a2 | b2) & ~s2)) >>> 63;
        s3 = a3 + b3 + c;
        t0 = y.a0 + y.b0;
        c = ((y.a0 & y.b0) | ((y.a0 | y.b0) & ~t0)) >>> 63;
        t1 = y.a1 + y.b1 + c;
        c = ((y.a1 & y.b1) | ((y.a1 | y.b1) & ~t1)) >>> 63;
        t2 = y.a2 + y.b2 + c;
        c = ((y.a2 & y.b2) | ((y.a2 | y.b2) & ~t2)) >>> 63;
        t3 = y.a3 + y.b3 + c;
        lo = s0 * t0; hi = Math.unsignedMultiplyHigh(s0, t0);
        g0 = lo; k = hi;
        lo = s0 * t1; hi = Math.unsignedMultiplyHigh(s0, t1);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g1 = lo; k = hi;
        lo = s0 * t2; hi = Math.unsignedMultiplyHigh(s0, t2);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g2 = lo; k = hi;
        lo = s0 * t3; hi = Math.unsignedMultiplyHigh(s0, t3);
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g3 = lo; k = hi;
        g4 = k;
        lo = s1 * t0; hi = Math.unsignedMultiplyHigh(s1, t0);
        s = lo + g1; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g1 = lo; k = hi;
        lo = s1 * t1; hi = Math.unsignedMultiplyHigh(s1, t1);
        s = lo + g2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g2 = lo; k = hi;
        lo = s1 * t2; hi = Math.unsignedMultiplyHigh(s1, t2);
        s = lo + g3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g3 = lo; k = hi;
        lo = s1 * t3; hi = Math.unsignedMultiplyHigh(s1, t3);
        s = lo + g4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g4 = lo; k = hi;
        g5 = k;
        lo = s2 * t0; hi = Math.unsignedMultiplyHigh(s2, t0);
        s = lo + g2; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g2 = lo; k = hi;
        lo = s2 * t1; hi = Math.unsignedMultiplyHigh(s2, t1);
        s = lo + g3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g3 = lo; k = hi;
        lo = s2 * t2; hi = Math.unsignedMultiplyHigh(s2, t2);
        s = lo + g4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g4 = lo; k = hi;
        lo = s2 * t3; hi = Math.unsignedMultiplyHigh(s2, t3);
        s = lo + g5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g5 = lo; k = hi;
        g6 = k;
        lo = s3 * t0; hi = Math.unsignedMultiplyHigh(s3, t0);
        s = lo + g3; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g3 = lo; k = hi;
        lo = s3 * t1; hi = Math.unsignedMultiplyHigh(s3, t1);
        s = lo + g4; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g4 = lo; k = hi;
        lo = s3 * t2; hi = Math.unsignedMultiplyHigh(s3, t2);
        s = lo + g5; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g5 = lo; k = hi;
        lo = s3 * t3; hi = Math.unsignedMultiplyHigh(s3, t3);
        s = lo + g6; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        s = lo + k; hi += Long.compareUnsigned(s, lo) < 0 ? 1 : 0; lo = s;
        g6 = lo; k = hi;
        g7 = k;
        Fp2 r = new Fp2();
        // re = redc(u − v + p²)
        long n0, n1, n2, n3, n4, n5, n6, n7, o0, o1, o2, o3, o4, o5, o6, o7;
        n0 = u0 - v0;
        c = ((~u0 & v0) | (~(u0 ^ v0) & n0)) >>> 63;
        n1 = u1 - v1 - c;
        c = ((~u1 & v1) | (~(u1 ^ v1) & n1)) >>> 63;
        n2 = u2 - v2 - c;
        c = ((~u2 & v2) | (~(u2 ^ v2) & n2)) >>> 63;
        n3 = u3 - v3 - c;
        c = ((~u3 & v3) | (~(u3 ^ v3) & n3)) >>> 63;
        n4 = u4 - v4 - c;
        c = ((~u4 & v4) | (~(u4 ^ v4) & n4)) >>> 63;
        n5 = u5 - v5 - c;
        c = ((~u5 & v5) | (~(u5 ^ v5) & n5)) >>> 63;
        n6 = u6 - v6 - c;
        c = ((~u6 & v6) | (~(u6 ^ v6) & n6)) >>> 63;
        n7 = u7 - v7 - c;
        o0 = n0 + 0x3b5458a2275d69b1L;
        c = ((n0 & 0x3b5458a2275d69b1L) | ((n0 | 0x3b5458a2275d69b1L) & ~o0)) >>> 63;
        o1 = n1 + 0xa602072d09eac101L + c;
        c = ((n1 & 0xa602072d09eac101L) | ((n1 | 0xa602072d09eac101L) & ~o1)) >>> 63;
        o2 = n2 + 0x4a50189c6d96cadcL + c;
        c = ((n2 & 0x4a50189c6d96cadcL) | ((n2 | 0x4a50189c6d96cadcL) & ~o2)) >>> 63;
        o3 = n3 + 0x04689e957a1242c8L + c;
        c = ((n3 & 0x04689e957a1242c8L) | ((n3 | 0x04689e957a1242c8L) & ~o3)) >>> 63;
        o4 = n4 + 0x26edfa5c34c6b38dL + c;
        c = ((n4 & 0x26edfa5c34c6b38dL) | ((n4 | 0x26edfa5c34c6b38dL) & ~o4)) >>> 63;
        o5 = n5 + 0xb00b855116375606L + c;
        c = ((n5 & 0xb00b855116375606L) | ((n5 | 0xb00b855116375606L) & ~o5)) >>> 63;
        o6 = n6 + 0x599a6f7c0348d21cL + c;
        c = ((n6 & 0x599a6f7c0348d21cL) | ((n6 | 0x599a6f7c0348d21cL) & ~o6)) >>> 63;
        o7 = n7 + 0x0925c4b8763cbf9cL + c;
        redc(o0, o1, o2, o3, o4, o5, o6, o7, r, false);
        // im = redc(g − u − v)
        long e0, e1, e2, e3, e4, e5, e6, e7, f0, f1, f2, f3, f4, f5, f6, f7;
        e0 = g0 - u0;
        c = ((~g0 & u0) | (~(g0 ^ u0) & e0)) >>> 63;
        e1 = g1 - u1 - c;
        c = ((~g1 & u1) | (~(g1 ^ u1) & e1)) >>> 63;
        e2 = g2 - u2 - c;
        c = ((~g2 & u2) | (~(g2 ^ u2) & e2)) >>> 63;
        e3 = g3 - u3 - c;
        c = ((~g3 & u3) | (~(g3 ^ u3) & e3)) >>> 63;
        e4 = g4 - u4 - c;
        c = ((~g4 & u4) | (~(g4 ^ u4) & e4)) >>> 63;
        e5 = g5 - u5 - c;
        c = ((~g5 & u5) | (~(g5 ^ u5) & e5)) >>> 63;
        e6 = g6 - u6 - c;
        c = ((~g6 & u6) | (~(g6 ^ u6) & e6)) >>> 63;
        e7 = g7 - u7 - c;
        f0 = e0 - v0;
        c = ((~e0 & v0) | (~(e0 ^ v0) & f0)) >>> 63;
        f1 = e1 - v1 - c;
        c = ((~e1 & v1) | (~(e1 ^ v1) & f1)) >>> 63;
        f2 = e2 - v2 - c;
        c = ((~e2 & v2) | (~(e2 ^ v2) & f2)) >>> 63;
        f3 = e3 - v3 - c;
        c = ((~e3 & v3) | (~(e3 ^ v3) & f3)) >>> 63;
        f4 = e4 - v4 - c;
        c = ((~e4 & v4) | (~(e4 ^ v4) & f4)) >>> 63;
        f5 = e5 - v5 - c;
        c = ((~e5 & v5) | (~(e5 ^ v5) & f5)) >>> 63;
        f6 = e6 - v6 - c;
        c = ((~e6 & v6) | (~(e6 ^ v6) & f6)) >>> 63;
        f7 = e7 - v7 - c;
        redc(f0, f1, f2, f3, f4, f5, f6, f7, r, true);
        return r;
    }

    /** Both parts times a base-field element. */
    Fp2 mul(Fp y) {
        Fp2 r = new Fp2();
        montMul(a0, a1, a2, a3, y.l0, y.l1, y.l2, y.l3, r, false);
        montMul(b0, b1, b2, b3, y.l0, y.l1, y.l2, y.l3, r, true);
        return r;
    }

    /**
     * (a+b)(a−b) + 2ab·i: two base-field multiplications. The factors a+b, a−b+p and 2a are left unreduced (below
     * 2p), which the Montgomery multiplication accepts (its result is then below 1.76p before its final
     * subtraction, as 4p²/2^256 < 0.76p), so no modular addition is needed at all.
     */
    Fp2 square() {
        long c, s0, s1, s2, s3, d0, d1, d2, d3, e0, e1, e2, e3;
        s0 = a0 + b0;
        c = ((a0 & b0) | ((a0 | b0) & ~s0)) >>> 63;
        s1 = a1 + b1 + c;
        c = ((a1 & b1) | ((a1 | b1) & ~s1)) >>> 63;
        s2 = a2 + b2 + c;
        c = ((a2 & b2) | ((a2 | b2) & ~s2)) >>> 63;
        s3 = a3 + b3 + c;
        // a − b + p, computed mod 2^256: the exact value lies in (0, 2p).
        d0 = a0 - b0;
        c = ((~a0 & b0) | (~(a0 ^ b0) & d0)) >>> 63;
        d1 = a1 - b1 - c;
        c = ((~a1 & b1) | (~(a1 ^ b1) & d1)) >>> 63;
        d2 = a2 - b2 - c;
        c = ((~a2 & b2) | (~(a2 ^ b2) & d2)) >>> 63;
        d3 = a3 - b3 - c;
        e0 = d0 + Q0;
        c = ((d0 & Q0) | ((d0 | Q0) & ~e0)) >>> 63;
        e1 = d1 + Q1 + c;
        c = ((d1 & Q1) | ((d1 | Q1) & ~e1)) >>> 63;
        e2 = d2 + Q2 + c;
        c = ((d2 & Q2) | ((d2 | Q2) & ~e2)) >>> 63;
        e3 = d3 + Q3 + c;
        Fp2 r = new Fp2();
        montMul(s0, s1, s2, s3, e0, e1, e2, e3, r, false);
        montMul(a0 << 1, (a1 << 1) | (a0 >>> 63), (a2 << 1) | (a1 >>> 63), (a3 << 1) | (a2 >>> 63), b0, b1, b2, b3, r,
                true);
        return r;
    }

    /** {@code this / 2}: each part plus p when odd (no overflow, p < 2^254), then shifted right by one. */
    Fp2 halve() {
        Fp2 r = new Fp2();
        halveInto(a0, a1, a2, a3, r, false);
        halveInto(b0, b1, b2, b3, r, true);
        return r;
    }

    private static void halveInto(long x0, long x1, long x2, long x3, Fp2 d, boolean im) {
        long m = -(x0 & 1), p0 = Q0 & m, p1 = Q1 & m, p2 = Q2 & m, p3 = Q3 & m, c, s0, s1, s2, s3;
        s0 = x0 + p0;
        c = ((x0 & p0) | ((x0 | p0) & ~s0)) >>> 63;
        s1 = x1 + p1 + c;
        c = ((x1 & p1) | ((x1 | p1) & ~s1)) >>> 63;
        s2 = x2 + p2 + c;
        c = ((x2 & p2) | ((x2 | p2) & ~s2)) >>> 63;
        s3 = x3 + p3 + c;
        d.set(im, (s0 >>> 1) | (s1 << 63), (s1 >>> 1) | (s2 << 63), (s2 >>> 1) | (s3 << 63), s3 >>> 1);
    }

    /** {@code this · ξ} = (9a + (p − b)) + (9b + a)·i, each part below 10p and reduced in one step. */
    Fp2 mulByXi() {
        long c, n0, n1, n2, n3;
        n0 = Q0 - b0;
        c = ((~Q0 & b0) | (~(Q0 ^ b0) & n0)) >>> 63;
        n1 = Q1 - b1 - c;
        c = ((~Q1 & b1) | (~(Q1 ^ b1) & n1)) >>> 63;
        n2 = Q2 - b2 - c;
        c = ((~Q2 & b2) | (~(Q2 ^ b2) & n2)) >>> 63;
        n3 = Q3 - b3 - c;
        Fp2 r = new Fp2();
        nineXPlusY(a0, a1, a2, a3, n0, n1, n2, n3, r, false);
        nineXPlusY(b0, b1, b2, b3, a0, a1, a2, a3, r, true);
        return r;
    }

    /** The low 256 bits of k·p for k = 0..10, four limbs each. */
    private static final long[] MULTIPLES_OF_P = new long[44];
    /** ⌊h·2^250/p⌋ for h = 0..127: a lower bound, off by at most one, on ⌊v/p⌋ for any v with ⌊v/2^250⌋ = h. */
    private static final byte[] QUOTIENT_ESTIMATE = new byte[128];

    static {
        for (int k = 0; k <= 10; k++) {
            BigInteger m = Fp.P.multiply(BigInteger.valueOf(k));
            for (int i = 0; i < 4; i++) MULTIPLES_OF_P[4 * k + i] = m.shiftRight(64 * i).longValue();
        }
        for (int h = 0; h < 128; h++) {
            QUOTIENT_ESTIMATE[h] = (byte) BigInteger.valueOf(h).shiftLeft(250).divide(Fp.P).intValue();
        }
    }

    /**
     * Writes (9x + y) mod p for x < p and y ≤ p into a part of d. The sum v is below 10p < 2^257; subtracting q·p for
     * the estimate q = ⌊⌊v/2^250⌋·2^250/p⌋ leaves a value below 2p (as 2^250 < p), and one conditional subtraction
     * finishes. The differences are exact mod 2^256 because the true values are below 2^256.
     */
    private static void nineXPlusY(long x0, long x1, long x2, long x3, long y0, long y1, long y2, long y3, Fp2 d,
            boolean im) {
        long t0 = x0 << 3, t1 = (x1 << 3) | (x0 >>> 61), t2 = (x2 << 3) | (x1 >>> 61);
        long t3 = (x3 << 3) | (x2 >>> 61), t4 = x3 >>> 61;
        long u0, u1, u2, u3, u4, v0, v1, v2, v3, v4, c;
        u0 = t0 + x0;
        c = ((t0 & x0) | ((t0 | x0) & ~u0)) >>> 63;
        u1 = t1 + x1 + c;
        c = ((t1 & x1) | ((t1 | x1) & ~u1)) >>> 63;
        u2 = t2 + x2 + c;
        c = ((t2 & x2) | ((t2 | x2) & ~u2)) >>> 63;
        u3 = t3 + x3 + c;
        c = ((t3 & x3) | ((t3 | x3) & ~u3)) >>> 63;
        u4 = t4 + c;
        v0 = u0 + y0;
        c = ((u0 & y0) | ((u0 | y0) & ~v0)) >>> 63;
        v1 = u1 + y1 + c;
        c = ((u1 & y1) | ((u1 | y1) & ~v1)) >>> 63;
        v2 = u2 + y2 + c;
        c = ((u2 & y2) | ((u2 | y2) & ~v2)) >>> 63;
        v3 = u3 + y3 + c;
        c = ((u3 & y3) | ((u3 | y3) & ~v3)) >>> 63;
        v4 = u4 + c;
        int k = QUOTIENT_ESTIMATE[(int) ((v4 << 6) | (v3 >>> 58))] << 2;
        long m0 = MULTIPLES_OF_P[k], m1 = MULTIPLES_OF_P[k + 1], m2 = MULTIPLES_OF_P[k + 2], m3 = MULTIPLES_OF_P[k + 3];
        long w0, w1, w2, w3;
        w0 = v0 - m0;
        c = ((~v0 & m0) | (~(v0 ^ m0) & w0)) >>> 63;
        w1 = v1 - m1 - c;
        c = ((~v1 & m1) | (~(v1 ^ m1) & w1)) >>> 63;
        w2 = v2 - m2 - c;
        c = ((~v2 & m2) | (~(v2 ^ m2) & w2)) >>> 63;
        w3 = v3 - m3 - c;
        long e0, e1, e2, e3, mask;
        e0 = w0 - Q0;
        c = ((~w0 & Q0) | (~(w0 ^ Q0) & e0)) >>> 63;
        e1 = w1 - Q1 - c;
        c = ((~w1 & Q1) | (~(w1 ^ Q1) & e1)) >>> 63;
        e2 = w2 - Q2 - c;
        c = ((~w2 & Q2) | (~(w2 ^ Q2) & e2)) >>> 63;
        e3 = w3 - Q3 - c;
        c = ((~w3 & Q3) | (~(w3 ^ Q3) & e3)) >>> 63;
        mask = -c;
        d.set(im, (w0 & mask) | (e0 & ~mask), (w1 & mask) | (e1 & ~mask), (w2 & mask) | (e2 & ~mask),
                (w3 & mask) | (e3 & ~mask));
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

    void set(boolean im, long l0, long l1, long l2, long l3) {
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

    /**
     * Writes the Montgomery product x·y·2^−256 mod p (CIOS without the final carry: p's top limb is below 2^62). The
     * inputs may be unreduced up to 2p: the intermediate stays below 3p < 2^256 and the result below 1.76p before the
     * final conditional subtraction.
     */
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
