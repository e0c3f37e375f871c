package io.kona4j.crypto.bls12381;

import static io.kona4j.crypto.bls12381.Fp.Q0;
import static io.kona4j.crypto.bls12381.Fp.Q1;
import static io.kona4j.crypto.bls12381.Fp.Q2;
import static io.kona4j.crypto.bls12381.Fp.Q3;
import static io.kona4j.crypto.bls12381.Fp.Q4;
import static io.kona4j.crypto.bls12381.Fp.Q5;

import java.math.BigInteger;

/**
 * An element c0 + c1·u of F_p² = F_p[u]/(u² + 1). The sextic non-residue of the tower is ξ = 1 + u. Both parts are
 * held flat as twelve Montgomery limbs, so that an operation allocates only its result (this type carries the whole
 * pairing, where allocating two F_p parts per value cost about as much as the arithmetic). Immutable once built: the
 * limb fields are written only while the result of an operation is filled in, before it is returned.
 */
public final class Fp2 {
    /** -p^-1 mod 2^64. */
    private static final long INV = 0x89f3fffcfffcfffdL;

    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    static final Fp2 U = new Fp2(Fp.ZERO, Fp.ONE);

    private static final BigInteger P = Fp.MODULUS;
    private static final long[] P_MINUS_3_DIV_4 = Fp.limbs(P.subtract(BigInteger.valueOf(3)).shiftRight(2));
    private static final long[] P_MINUS_1_DIV_2 = Fp.limbs(P.subtract(BigInteger.ONE).shiftRight(1));
    private static final Fp2 MINUS_ONE = ONE.neg();

    /** The limbs of the two parts, package-private for {@link Fp2x}; written only while a result is built. */
    long a0, a1, a2, a3, a4, a5;
    long b0, b1, b2, b3, b4, b5;

    Fp2() {}

    public Fp2(Fp c0, Fp c1) {
        setRe(c0.l0, c0.l1, c0.l2, c0.l3, c0.l4, c0.l5);
        setIm(c1.l0, c1.l1, c1.l2, c1.l3, c1.l4, c1.l5);
    }

    static Fp2 hex(String c0, String c1) {
        return new Fp2(Fp.hex(c0), Fp.hex(c1));
    }

    /** The real part c0. */
    public Fp c0() {
        return Fp.ofMontgomery(a0, a1, a2, a3, a4, a5);
    }

    /** The imaginary part c1. */
    public Fp c1() {
        return Fp.ofMontgomery(b0, b1, b2, b3, b4, b5);
    }

    private void setRe(long l0, long l1, long l2, long l3, long l4, long l5) {
        a0 = l0;
        a1 = l1;
        a2 = l2;
        a3 = l3;
        a4 = l4;
        a5 = l5;
    }

    private void setIm(long l0, long l1, long l2, long l3, long l4, long l5) {
        b0 = l0;
        b1 = l1;
        b2 = l2;
        b3 = l3;
        b4 = l4;
        b5 = l5;
    }

    public Fp2 add(Fp2 y) {
        Fp2 r = new Fp2();
        addMod(a0, a1, a2, a3, a4, a5, y.a0, y.a1, y.a2, y.a3, y.a4, y.a5, r, false);
        addMod(b0, b1, b2, b3, b4, b5, y.b0, y.b1, y.b2, y.b3, y.b4, y.b5, r, true);
        return r;
    }

    public Fp2 sub(Fp2 y) {
        Fp2 r = new Fp2();
        subMod(a0, a1, a2, a3, a4, a5, y.a0, y.a1, y.a2, y.a3, y.a4, y.a5, r, false);
        subMod(b0, b1, b2, b3, b4, b5, y.b0, y.b1, y.b2, y.b3, y.b4, y.b5, r, true);
        return r;
    }

    public Fp2 dbl() {
        return add(this);
    }

    public Fp2 neg() {
        Fp2 r = new Fp2();
        negInto(a0, a1, a2, a3, a4, a5, r, false);
        negInto(b0, b1, b2, b3, b4, b5, r, true);
        return r;
    }

    public Fp2 conjugate() {
        Fp2 r = new Fp2();
        r.setRe(a0, a1, a2, a3, a4, a5);
        negInto(b0, b1, b2, b3, b4, b5, r, true);
        return r;
    }

    /** −x mod p into a part of d (zero stays zero). */
    private static void negInto(long x0, long x1, long x2, long x3, long x4, long x5, Fp2 d, boolean im) {
        if ((x0 | x1 | x2 | x3 | x4 | x5) == 0) {
            subMod(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, d, im);
        } else {
            subMod(Q0, Q1, Q2, Q3, Q4, Q5, x0, x1, x2, x3, x4, x5, d, im);
        }
    }

    /**
     * Karatsuba with lazy reduction: the 768-bit products u = c0·c0', v = c1·c1' and g = (c0 + c1)(c0' + c1') stay
     * in locals and are combined unreduced, then two Montgomery reductions instead of three. c1 = g − u − v < 2p² and
     * c0 = u − v (+ p·2^384 when negative) stay below p·2^384, as the reduction needs.
     */
    public Fp2 mul(Fp2 o) {
        Fp2 r = new Fp2();
        mulInto(o, r);
        return r;
    }

    /** u and v, then the real part; the imaginary part via {@link #imaginaryPart}. */
    private void mulInto(Fp2 o, Fp2 r) {
        long lo, hi, s, C, c, c2, b;
        long u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11;
        long v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11;
        final long x0 = a0, x1 = a1, x2 = a2, x3 = a3, x4 = a4, x5 = a5;
        final long w0 = b0, w1 = b1, w2 = b2, w3 = b3, w4 = b4, w5 = b5;
        final long y0 = o.a0, y1 = o.a1, y2 = o.a2, y3 = o.a3, y4 = o.a4, y5 = o.a5;
        final long z0 = o.b0, z1 = o.b1, z2 = o.b2, z3 = o.b3, z4 = o.b4, z5 = o.b5;
        // u = re·re', v = im·im'
        lo = x0 * y0; hi = Math.unsignedMultiplyHigh(x0, y0);
        u0 = lo; C = hi;
        lo = x0 * y1; hi = Math.unsignedMultiplyHigh(x0, y1);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u1 = lo; C = hi;
        lo = x0 * y2; hi = Math.unsignedMultiplyHigh(x0, y2);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u2 = lo; C = hi;
        lo = x0 * y3; hi = Math.unsignedMultiplyHigh(x0, y3);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u3 = lo; C = hi;
        lo = x0 * y4; hi = Math.unsignedMultiplyHigh(x0, y4);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u4 = lo; C = hi;
        lo = x0 * y5; hi = Math.unsignedMultiplyHigh(x0, y5);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        u6 = C;
        lo = x1 * y0; hi = Math.unsignedMultiplyHigh(x1, y0);
        s = lo + u1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u1 = lo; C = hi;
        lo = x1 * y1; hi = Math.unsignedMultiplyHigh(x1, y1);
        s = lo + u2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u2 = lo; C = hi;
        lo = x1 * y2; hi = Math.unsignedMultiplyHigh(x1, y2);
        s = lo + u3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u3 = lo; C = hi;
        lo = x1 * y3; hi = Math.unsignedMultiplyHigh(x1, y3);
        s = lo + u4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u4 = lo; C = hi;
        lo = x1 * y4; hi = Math.unsignedMultiplyHigh(x1, y4);
        s = lo + u5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        lo = x1 * y5; hi = Math.unsignedMultiplyHigh(x1, y5);
        s = lo + u6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u6 = lo; C = hi;
        u7 = C;
        lo = x2 * y0; hi = Math.unsignedMultiplyHigh(x2, y0);
        s = lo + u2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u2 = lo; C = hi;
        lo = x2 * y1; hi = Math.unsignedMultiplyHigh(x2, y1);
        s = lo + u3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u3 = lo; C = hi;
        lo = x2 * y2; hi = Math.unsignedMultiplyHigh(x2, y2);
        s = lo + u4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u4 = lo; C = hi;
        lo = x2 * y3; hi = Math.unsignedMultiplyHigh(x2, y3);
        s = lo + u5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        lo = x2 * y4; hi = Math.unsignedMultiplyHigh(x2, y4);
        s = lo + u6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u6 = lo; C = hi;
        lo = x2 * y5; hi = Math.unsignedMultiplyHigh(x2, y5);
        s = lo + u7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u7 = lo; C = hi;
        u8 = C;
        lo = x3 * y0; hi = Math.unsignedMultiplyHigh(x3, y0);
        s = lo + u3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u3 = lo; C = hi;
        lo = x3 * y1; hi = Math.unsignedMultiplyHigh(x3, y1);
        s = lo + u4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u4 = lo; C = hi;
        lo = x3 * y2; hi = Math.unsignedMultiplyHigh(x3, y2);
        s = lo + u5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        lo = x3 * y3; hi = Math.unsignedMultiplyHigh(x3, y3);
        s = lo + u6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u6 = lo; C = hi;
        lo = x3 * y4; hi = Math.unsignedMultiplyHigh(x3, y4);
        s = lo + u7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u7 = lo; C = hi;
        lo = x3 * y5; hi = Math.unsignedMultiplyHigh(x3, y5);
        s = lo + u8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u8 = lo; C = hi;
        u9 = C;
        lo = x4 * y0; hi = Math.unsignedMultiplyHigh(x4, y0);
        s = lo + u4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u4 = lo; C = hi;
        lo = x4 * y1; hi = Math.unsignedMultiplyHigh(x4, y1);
        s = lo + u5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        lo = x4 * y2; hi = Math.unsignedMultiplyHigh(x4, y2);
        s = lo + u6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u6 = lo; C = hi;
        lo = x4 * y3; hi = Math.unsignedMultiplyHigh(x4, y3);
        s = lo + u7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u7 = lo; C = hi;
        lo = x4 * y4; hi = Math.unsignedMultiplyHigh(x4, y4);
        s = lo + u8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u8 = lo; C = hi;
        lo = x4 * y5; hi = Math.unsignedMultiplyHigh(x4, y5);
        s = lo + u9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u9 = lo; C = hi;
        u10 = C;
        lo = x5 * y0; hi = Math.unsignedMultiplyHigh(x5, y0);
        s = lo + u5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u5 = lo; C = hi;
        lo = x5 * y1; hi = Math.unsignedMultiplyHigh(x5, y1);
        s = lo + u6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u6 = lo; C = hi;
        lo = x5 * y2; hi = Math.unsignedMultiplyHigh(x5, y2);
        s = lo + u7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u7 = lo; C = hi;
        lo = x5 * y3; hi = Math.unsignedMultiplyHigh(x5, y3);
        s = lo + u8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u8 = lo; C = hi;
        lo = x5 * y4; hi = Math.unsignedMultiplyHigh(x5, y4);
        s = lo + u9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u9 = lo; C = hi;
        lo = x5 * y5; hi = Math.unsignedMultiplyHigh(x5, y5);
        s = lo + u10; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        u10 = lo; C = hi;
        u11 = C;
        lo = w0 * z0; hi = Math.unsignedMultiplyHigh(w0, z0);
        v0 = lo; C = hi;
        lo = w0 * z1; hi = Math.unsignedMultiplyHigh(w0, z1);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v1 = lo; C = hi;
        lo = w0 * z2; hi = Math.unsignedMultiplyHigh(w0, z2);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v2 = lo; C = hi;
        lo = w0 * z3; hi = Math.unsignedMultiplyHigh(w0, z3);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v3 = lo; C = hi;
        lo = w0 * z4; hi = Math.unsignedMultiplyHigh(w0, z4);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v4 = lo; C = hi;
        lo = w0 * z5; hi = Math.unsignedMultiplyHigh(w0, z5);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        v6 = C;
        lo = w1 * z0; hi = Math.unsignedMultiplyHigh(w1, z0);
        s = lo + v1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v1 = lo; C = hi;
        lo = w1 * z1; hi = Math.unsignedMultiplyHigh(w1, z1);
        s = lo + v2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v2 = lo; C = hi;
        lo = w1 * z2; hi = Math.unsignedMultiplyHigh(w1, z2);
        s = lo + v3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v3 = lo; C = hi;
        lo = w1 * z3; hi = Math.unsignedMultiplyHigh(w1, z3);
        s = lo + v4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v4 = lo; C = hi;
        lo = w1 * z4; hi = Math.unsignedMultiplyHigh(w1, z4);
        s = lo + v5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        lo = w1 * z5; hi = Math.unsignedMultiplyHigh(w1, z5);
        s = lo + v6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v6 = lo; C = hi;
        v7 = C;
        lo = w2 * z0; hi = Math.unsignedMultiplyHigh(w2, z0);
        s = lo + v2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v2 = lo; C = hi;
        lo = w2 * z1; hi = Math.unsignedMultiplyHigh(w2, z1);
        s = lo + v3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v3 = lo; C = hi;
        lo = w2 * z2; hi = Math.unsignedMultiplyHigh(w2, z2);
        s = lo + v4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v4 = lo; C = hi;
        lo = w2 * z3; hi = Math.unsignedMultiplyHigh(w2, z3);
        s = lo + v5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        lo = w2 * z4; hi = Math.unsignedMultiplyHigh(w2, z4);
        s = lo + v6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v6 = lo; C = hi;
        lo = w2 * z5; hi = Math.unsignedMultiplyHigh(w2, z5);
        s = lo + v7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v7 = lo; C = hi;
        v8 = C;
        lo = w3 * z0; hi = Math.unsignedMultiplyHigh(w3, z0);
        s = lo + v3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v3 = lo; C = hi;
        lo = w3 * z1; hi = Math.unsignedMultiplyHigh(w3, z1);
        s = lo + v4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v4 = lo; C = hi;
        lo = w3 * z2; hi = Math.unsignedMultiplyHigh(w3, z2);
        s = lo + v5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        lo = w3 * z3; hi = Math.unsignedMultiplyHigh(w3, z3);
        s = lo + v6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v6 = lo; C = hi;
        lo = w3 * z4; hi = Math.unsignedMultiplyHigh(w3, z4);
        s = lo + v7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v7 = lo; C = hi;
        lo = w3 * z5; hi = Math.unsignedMultiplyHigh(w3, z5);
        s = lo + v8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v8 = lo; C = hi;
        v9 = C;
        lo = w4 * z0; hi = Math.unsignedMultiplyHigh(w4, z0);
        s = lo + v4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v4 = lo; C = hi;
        lo = w4 * z1; hi = Math.unsignedMultiplyHigh(w4, z1);
        s = lo + v5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        lo = w4 * z2; hi = Math.unsignedMultiplyHigh(w4, z2);
        s = lo + v6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v6 = lo; C = hi;
        lo = w4 * z3; hi = Math.unsignedMultiplyHigh(w4, z3);
        s = lo + v7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v7 = lo; C = hi;
        lo = w4 * z4; hi = Math.unsignedMultiplyHigh(w4, z4);
        s = lo + v8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v8 = lo; C = hi;
        lo = w4 * z5; hi = Math.unsignedMultiplyHigh(w4, z5);
        s = lo + v9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v9 = lo; C = hi;
        v10 = C;
        lo = w5 * z0; hi = Math.unsignedMultiplyHigh(w5, z0);
        s = lo + v5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v5 = lo; C = hi;
        lo = w5 * z1; hi = Math.unsignedMultiplyHigh(w5, z1);
        s = lo + v6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v6 = lo; C = hi;
        lo = w5 * z2; hi = Math.unsignedMultiplyHigh(w5, z2);
        s = lo + v7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v7 = lo; C = hi;
        lo = w5 * z3; hi = Math.unsignedMultiplyHigh(w5, z3);
        s = lo + v8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v8 = lo; C = hi;
        lo = w5 * z4; hi = Math.unsignedMultiplyHigh(w5, z4);
        s = lo + v9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v9 = lo; C = hi;
        lo = w5 * z5; hi = Math.unsignedMultiplyHigh(w5, z5);
        s = lo + v10; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        v10 = lo; C = hi;
        v11 = C;
        // u + v (below 2p² < 2^763) goes to the imaginary part through r's twelve limbs
        long s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
        s0 = u0 + v0; c = (Long.compareUnsigned(s0, u0) < 0 ? 1 : 0);
        s = u1 + v1; c2 = (Long.compareUnsigned(s, u1) < 0 ? 1 : 0); s1 = s + c; c = c2 | (Long.compareUnsigned(s1, s) < 0 ? 1 : 0);
        s = u2 + v2; c2 = (Long.compareUnsigned(s, u2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0);
        s = u3 + v3; c2 = (Long.compareUnsigned(s, u3) < 0 ? 1 : 0); s3 = s + c; c = c2 | (Long.compareUnsigned(s3, s) < 0 ? 1 : 0);
        s = u4 + v4; c2 = (Long.compareUnsigned(s, u4) < 0 ? 1 : 0); s4 = s + c; c = c2 | (Long.compareUnsigned(s4, s) < 0 ? 1 : 0);
        s = u5 + v5; c2 = (Long.compareUnsigned(s, u5) < 0 ? 1 : 0); s5 = s + c; c = c2 | (Long.compareUnsigned(s5, s) < 0 ? 1 : 0);
        s = u6 + v6; c2 = (Long.compareUnsigned(s, u6) < 0 ? 1 : 0); s6 = s + c; c = c2 | (Long.compareUnsigned(s6, s) < 0 ? 1 : 0);
        s = u7 + v7; c2 = (Long.compareUnsigned(s, u7) < 0 ? 1 : 0); s7 = s + c; c = c2 | (Long.compareUnsigned(s7, s) < 0 ? 1 : 0);
        s = u8 + v8; c2 = (Long.compareUnsigned(s, u8) < 0 ? 1 : 0); s8 = s + c; c = c2 | (Long.compareUnsigned(s8, s) < 0 ? 1 : 0);
        s = u9 + v9; c2 = (Long.compareUnsigned(s, u9) < 0 ? 1 : 0); s9 = s + c; c = c2 | (Long.compareUnsigned(s9, s) < 0 ? 1 : 0);
        s = u10 + v10; c2 = (Long.compareUnsigned(s, u10) < 0 ? 1 : 0); s10 = s + c; c = c2 | (Long.compareUnsigned(s10, s) < 0 ? 1 : 0);
        s = u11 + v11; c2 = (Long.compareUnsigned(s, u11) < 0 ? 1 : 0); s11 = s + c; c = c2 | (Long.compareUnsigned(s11, s) < 0 ? 1 : 0);
        r.setRe(s0, s1, s2, s3, s4, s5);
        r.setIm(s6, s7, s8, s9, s10, s11);
        imaginaryPart(o, r);
        // u −= v, plus p·2^384 when negative: the real part
        b = (Long.compareUnsigned(u0, v0) < 0 ? 1 : 0); u0 = u0 - v0;
        s = u1 - v1; c2 = (Long.compareUnsigned(u1, v1) < 0 ? 1 : 0); u1 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u2 - v2; c2 = (Long.compareUnsigned(u2, v2) < 0 ? 1 : 0); u2 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u3 - v3; c2 = (Long.compareUnsigned(u3, v3) < 0 ? 1 : 0); u3 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u4 - v4; c2 = (Long.compareUnsigned(u4, v4) < 0 ? 1 : 0); u4 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u5 - v5; c2 = (Long.compareUnsigned(u5, v5) < 0 ? 1 : 0); u5 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u6 - v6; c2 = (Long.compareUnsigned(u6, v6) < 0 ? 1 : 0); u6 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u7 - v7; c2 = (Long.compareUnsigned(u7, v7) < 0 ? 1 : 0); u7 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u8 - v8; c2 = (Long.compareUnsigned(u8, v8) < 0 ? 1 : 0); u8 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u9 - v9; c2 = (Long.compareUnsigned(u9, v9) < 0 ? 1 : 0); u9 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u10 - v10; c2 = (Long.compareUnsigned(u10, v10) < 0 ? 1 : 0); u10 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = u11 - v11; c2 = (Long.compareUnsigned(u11, v11) < 0 ? 1 : 0); u11 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        if (b != 0) {
        s = u6 + Q0; c = (Long.compareUnsigned(s, Q0) < 0 ? 1 : 0); u6 = s;
        s = u7 + Q1; c2 = (Long.compareUnsigned(s, Q1) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); u7 = s;
        s = u8 + Q2; c2 = (Long.compareUnsigned(s, Q2) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); u8 = s;
        s = u9 + Q3; c2 = (Long.compareUnsigned(s, Q3) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); u9 = s;
        s = u10 + Q4; c2 = (Long.compareUnsigned(s, Q4) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); u10 = s;
        s = u11 + Q5; c2 = (Long.compareUnsigned(s, Q5) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); u11 = s;
        }
        redc(u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, r, false);
    }

    /** g = (c0 + c1)(c0' + c1') − (u + v), with u + v in r's limbs on entry; reduced into r's imaginary part. */
    private void imaginaryPart(Fp2 o, Fp2 r) {
        long lo, hi, s, C, c, c2, b;
        long g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11;
        long p0, p1, p2, p3, p4, p5, q0, q1, q2, q3, q4, q5;
        s = a0 + b0; c = (Long.compareUnsigned(s, a0) < 0 ? 1 : 0); p0 = s;
        s = a1 + b1; c2 = (Long.compareUnsigned(s, a1) < 0 ? 1 : 0); p1 = s + c; c = c2 | (Long.compareUnsigned(p1, s) < 0 ? 1 : 0);
        s = a2 + b2; c2 = (Long.compareUnsigned(s, a2) < 0 ? 1 : 0); p2 = s + c; c = c2 | (Long.compareUnsigned(p2, s) < 0 ? 1 : 0);
        s = a3 + b3; c2 = (Long.compareUnsigned(s, a3) < 0 ? 1 : 0); p3 = s + c; c = c2 | (Long.compareUnsigned(p3, s) < 0 ? 1 : 0);
        s = a4 + b4; c2 = (Long.compareUnsigned(s, a4) < 0 ? 1 : 0); p4 = s + c; c = c2 | (Long.compareUnsigned(p4, s) < 0 ? 1 : 0);
        p5 = a5 + b5 + c;
        s = o.a0 + o.b0; c = (Long.compareUnsigned(s, o.a0) < 0 ? 1 : 0); q0 = s;
        s = o.a1 + o.b1; c2 = (Long.compareUnsigned(s, o.a1) < 0 ? 1 : 0); q1 = s + c; c = c2 | (Long.compareUnsigned(q1, s) < 0 ? 1 : 0);
        s = o.a2 + o.b2; c2 = (Long.compareUnsigned(s, o.a2) < 0 ? 1 : 0); q2 = s + c; c = c2 | (Long.compareUnsigned(q2, s) < 0 ? 1 : 0);
        s = o.a3 + o.b3; c2 = (Long.compareUnsigned(s, o.a3) < 0 ? 1 : 0); q3 = s + c; c = c2 | (Long.compareUnsigned(q3, s) < 0 ? 1 : 0);
        s = o.a4 + o.b4; c2 = (Long.compareUnsigned(s, o.a4) < 0 ? 1 : 0); q4 = s + c; c = c2 | (Long.compareUnsigned(q4, s) < 0 ? 1 : 0);
        q5 = o.a5 + o.b5 + c;
        lo = p0 * q0; hi = Math.unsignedMultiplyHigh(p0, q0);
        g0 = lo; C = hi;
        lo = p0 * q1; hi = Math.unsignedMultiplyHigh(p0, q1);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g1 = lo; C = hi;
        lo = p0 * q2; hi = Math.unsignedMultiplyHigh(p0, q2);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g2 = lo; C = hi;
        lo = p0 * q3; hi = Math.unsignedMultiplyHigh(p0, q3);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g3 = lo; C = hi;
        lo = p0 * q4; hi = Math.unsignedMultiplyHigh(p0, q4);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g4 = lo; C = hi;
        lo = p0 * q5; hi = Math.unsignedMultiplyHigh(p0, q5);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        g6 = C;
        lo = p1 * q0; hi = Math.unsignedMultiplyHigh(p1, q0);
        s = lo + g1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g1 = lo; C = hi;
        lo = p1 * q1; hi = Math.unsignedMultiplyHigh(p1, q1);
        s = lo + g2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g2 = lo; C = hi;
        lo = p1 * q2; hi = Math.unsignedMultiplyHigh(p1, q2);
        s = lo + g3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g3 = lo; C = hi;
        lo = p1 * q3; hi = Math.unsignedMultiplyHigh(p1, q3);
        s = lo + g4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g4 = lo; C = hi;
        lo = p1 * q4; hi = Math.unsignedMultiplyHigh(p1, q4);
        s = lo + g5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        lo = p1 * q5; hi = Math.unsignedMultiplyHigh(p1, q5);
        s = lo + g6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g6 = lo; C = hi;
        g7 = C;
        lo = p2 * q0; hi = Math.unsignedMultiplyHigh(p2, q0);
        s = lo + g2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g2 = lo; C = hi;
        lo = p2 * q1; hi = Math.unsignedMultiplyHigh(p2, q1);
        s = lo + g3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g3 = lo; C = hi;
        lo = p2 * q2; hi = Math.unsignedMultiplyHigh(p2, q2);
        s = lo + g4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g4 = lo; C = hi;
        lo = p2 * q3; hi = Math.unsignedMultiplyHigh(p2, q3);
        s = lo + g5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        lo = p2 * q4; hi = Math.unsignedMultiplyHigh(p2, q4);
        s = lo + g6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g6 = lo; C = hi;
        lo = p2 * q5; hi = Math.unsignedMultiplyHigh(p2, q5);
        s = lo + g7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g7 = lo; C = hi;
        g8 = C;
        lo = p3 * q0; hi = Math.unsignedMultiplyHigh(p3, q0);
        s = lo + g3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g3 = lo; C = hi;
        lo = p3 * q1; hi = Math.unsignedMultiplyHigh(p3, q1);
        s = lo + g4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g4 = lo; C = hi;
        lo = p3 * q2; hi = Math.unsignedMultiplyHigh(p3, q2);
        s = lo + g5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        lo = p3 * q3; hi = Math.unsignedMultiplyHigh(p3, q3);
        s = lo + g6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g6 = lo; C = hi;
        lo = p3 * q4; hi = Math.unsignedMultiplyHigh(p3, q4);
        s = lo + g7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g7 = lo; C = hi;
        lo = p3 * q5; hi = Math.unsignedMultiplyHigh(p3, q5);
        s = lo + g8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g8 = lo; C = hi;
        g9 = C;
        lo = p4 * q0; hi = Math.unsignedMultiplyHigh(p4, q0);
        s = lo + g4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g4 = lo; C = hi;
        lo = p4 * q1; hi = Math.unsignedMultiplyHigh(p4, q1);
        s = lo + g5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        lo = p4 * q2; hi = Math.unsignedMultiplyHigh(p4, q2);
        s = lo + g6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g6 = lo; C = hi;
        lo = p4 * q3; hi = Math.unsignedMultiplyHigh(p4, q3);
        s = lo + g7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g7 = lo; C = hi;
        lo = p4 * q4; hi = Math.unsignedMultiplyHigh(p4, q4);
        s = lo + g8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g8 = lo; C = hi;
        lo = p4 * q5; hi = Math.unsignedMultiplyHigh(p4, q5);
        s = lo + g9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g9 = lo; C = hi;
        g10 = C;
        lo = p5 * q0; hi = Math.unsignedMultiplyHigh(p5, q0);
        s = lo + g5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g5 = lo; C = hi;
        lo = p5 * q1; hi = Math.unsignedMultiplyHigh(p5, q1);
        s = lo + g6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g6 = lo; C = hi;
        lo = p5 * q2; hi = Math.unsignedMultiplyHigh(p5, q2);
        s = lo + g7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g7 = lo; C = hi;
        lo = p5 * q3; hi = Math.unsignedMultiplyHigh(p5, q3);
        s = lo + g8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g8 = lo; C = hi;
        lo = p5 * q4; hi = Math.unsignedMultiplyHigh(p5, q4);
        s = lo + g9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g9 = lo; C = hi;
        lo = p5 * q5; hi = Math.unsignedMultiplyHigh(p5, q5);
        s = lo + g10; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        g10 = lo; C = hi;
        g11 = C;
        // g −= u + v, held in r's limbs
        b = (Long.compareUnsigned(g0, r.a0) < 0 ? 1 : 0); g0 = g0 - r.a0;
        s = g1 - r.a1; c2 = (Long.compareUnsigned(g1, r.a1) < 0 ? 1 : 0); g1 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g2 - r.a2; c2 = (Long.compareUnsigned(g2, r.a2) < 0 ? 1 : 0); g2 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g3 - r.a3; c2 = (Long.compareUnsigned(g3, r.a3) < 0 ? 1 : 0); g3 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g4 - r.a4; c2 = (Long.compareUnsigned(g4, r.a4) < 0 ? 1 : 0); g4 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g5 - r.a5; c2 = (Long.compareUnsigned(g5, r.a5) < 0 ? 1 : 0); g5 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g6 - r.b0; c2 = (Long.compareUnsigned(g6, r.b0) < 0 ? 1 : 0); g6 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g7 - r.b1; c2 = (Long.compareUnsigned(g7, r.b1) < 0 ? 1 : 0); g7 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g8 - r.b2; c2 = (Long.compareUnsigned(g8, r.b2) < 0 ? 1 : 0); g8 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g9 - r.b3; c2 = (Long.compareUnsigned(g9, r.b3) < 0 ? 1 : 0); g9 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g10 - r.b4; c2 = (Long.compareUnsigned(g10, r.b4) < 0 ? 1 : 0); g10 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = g11 - r.b5; c2 = (Long.compareUnsigned(g11, r.b5) < 0 ? 1 : 0); g11 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        redc(g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, r, true);
    }

    public Fp2 mul(Fp y) {
        Fp2 r = new Fp2();
        montMul(a0, a1, a2, a3, a4, a5, y.l0, y.l1, y.l2, y.l3, y.l4, y.l5, r, false);
        montMul(b0, b1, b2, b3, b4, b5, y.l0, y.l1, y.l2, y.l3, y.l4, y.l5, r, true);
        return r;
    }

    /**
     * (c0 + c1)(c0 − c1) + 2c0c1·u by two Montgomery products; the unreduced sums (below 2p) are valid inputs, as
     * 4p² < p·2^384 keeps each product's result below 2p before its final subtraction.
     */
    public Fp2 square() {
        long s, c, c2, b;
        long p0, p1, p2, p3, p4, p5, q0, q1, q2, q3, q4, q5, h0, h1, h2, h3, h4, h5;
        final long x0 = a0, x1 = a1, x2 = a2, x3 = a3, x4 = a4, x5 = a5;
        final long w0 = b0, w1 = b1, w2 = b2, w3 = b3, w4 = b4, w5 = b5;
        // p = re + im and h = 2·re unreduced (below 2p), q = re − im mod p
        s = x0 + w0; c = (Long.compareUnsigned(s, x0) < 0 ? 1 : 0); p0 = s;
        s = x1 + w1; c2 = (Long.compareUnsigned(s, x1) < 0 ? 1 : 0); p1 = s + c; c = c2 | (Long.compareUnsigned(p1, s) < 0 ? 1 : 0);
        s = x2 + w2; c2 = (Long.compareUnsigned(s, x2) < 0 ? 1 : 0); p2 = s + c; c = c2 | (Long.compareUnsigned(p2, s) < 0 ? 1 : 0);
        s = x3 + w3; c2 = (Long.compareUnsigned(s, x3) < 0 ? 1 : 0); p3 = s + c; c = c2 | (Long.compareUnsigned(p3, s) < 0 ? 1 : 0);
        s = x4 + w4; c2 = (Long.compareUnsigned(s, x4) < 0 ? 1 : 0); p4 = s + c; c = c2 | (Long.compareUnsigned(p4, s) < 0 ? 1 : 0);
        p5 = x5 + w5 + c;
        s = x0 + x0; c = (Long.compareUnsigned(s, x0) < 0 ? 1 : 0); h0 = s;
        s = x1 + x1; c2 = (Long.compareUnsigned(s, x1) < 0 ? 1 : 0); h1 = s + c; c = c2 | (Long.compareUnsigned(h1, s) < 0 ? 1 : 0);
        s = x2 + x2; c2 = (Long.compareUnsigned(s, x2) < 0 ? 1 : 0); h2 = s + c; c = c2 | (Long.compareUnsigned(h2, s) < 0 ? 1 : 0);
        s = x3 + x3; c2 = (Long.compareUnsigned(s, x3) < 0 ? 1 : 0); h3 = s + c; c = c2 | (Long.compareUnsigned(h3, s) < 0 ? 1 : 0);
        s = x4 + x4; c2 = (Long.compareUnsigned(s, x4) < 0 ? 1 : 0); h4 = s + c; c = c2 | (Long.compareUnsigned(h4, s) < 0 ? 1 : 0);
        h5 = x5 + x5 + c;
        b = (Long.compareUnsigned(x0, w0) < 0 ? 1 : 0); q0 = x0 - w0;
        s = x1 - w1; c2 = (Long.compareUnsigned(x1, w1) < 0 ? 1 : 0); q1 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x2 - w2; c2 = (Long.compareUnsigned(x2, w2) < 0 ? 1 : 0); q2 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x3 - w3; c2 = (Long.compareUnsigned(x3, w3) < 0 ? 1 : 0); q3 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x4 - w4; c2 = (Long.compareUnsigned(x4, w4) < 0 ? 1 : 0); q4 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x5 - w5; c2 = (Long.compareUnsigned(x5, w5) < 0 ? 1 : 0); q5 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        if (b != 0) {
        s = q0 + Q0; c = (Long.compareUnsigned(s, Q0) < 0 ? 1 : 0); q0 = s;
        s = q1 + Q1; c2 = (Long.compareUnsigned(s, Q1) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); q1 = s;
        s = q2 + Q2; c2 = (Long.compareUnsigned(s, Q2) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); q2 = s;
        s = q3 + Q3; c2 = (Long.compareUnsigned(s, Q3) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); q3 = s;
        s = q4 + Q4; c2 = (Long.compareUnsigned(s, Q4) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); q4 = s;
        s = q5 + Q5; c2 = (Long.compareUnsigned(s, Q5) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); q5 = s;
        }
        Fp2 r = new Fp2();
        montMul(p0, p1, p2, p3, p4, p5, q0, q1, q2, q3, q4, q5, r, false);
        montMul(h0, h1, h2, h3, h4, h5, w0, w1, w2, w3, w4, w5, r, true);
        return r;
    }

    /** Multiplication by ξ = 1 + u. */
    public Fp2 mulByXi() {
        Fp2 r = new Fp2();
        subMod(a0, a1, a2, a3, a4, a5, b0, b1, b2, b3, b4, b5, r, false);
        addMod(a0, a1, a2, a3, a4, a5, b0, b1, b2, b3, b4, b5, r, true);
        return r;
    }

    public boolean isZero() {
        return (a0 | a1 | a2 | a3 | a4 | a5 | b0 | b1 | b2 | b3 | b4 | b5) == 0;
    }

    public Fp2 inverse() {
        Fp c0 = c0(), c1 = c1();
        Fp t = c0.square().add(c1.square()).inverse();
        return new Fp2(c0.mul(t), c1.mul(t).neg());
    }

    /** x^e for a constant exponent (class initialisation and tests). */
    Fp2 pow(BigInteger e) {
        Fp2 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    /**
     * x^e for an exponent given as little-endian limbs (the hot path: square roots in map-to-G2), with fixed 4-bit
     * windows.
     */
    Fp2 pow(long[] e) {
        Fp2[] t = new Fp2[16];
        t[0] = ONE;
        t[1] = this;
        for (int i = 2; i < 16; i++) {
            t[i] = t[i - 1].mul(this);
        }
        Fp2 r = ONE;
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

    /** Whether this is a square in F_p²: exactly when its norm c0² + c1² is a square in F_p. */
    public boolean isSquare() {
        Fp c0 = c0(), c1 = c1();
        return c0.square().add(c1.square()).isSquare();
    }

    /**
     * A square root, or null when there is none. Algorithm 9 of Adj and Rodríguez-Henríquez, "Square root computation
     * over even extension fields" (p ≡ 3 mod 4).
     */
    public Fp2 sqrt() {
        if (isZero()) {
            return this;
        }
        Fp2 a1 = pow(P_MINUS_3_DIV_4);
        Fp2 alpha = a1.square().mul(this);
        Fp2 x0 = a1.mul(this);
        Fp2 x;
        if (alpha.equals(MINUS_ONE)) {
            x = U.mul(x0);
        } else {
            x = alpha.add(ONE).pow(P_MINUS_1_DIV_2).mul(x0);
        }
        return x.square().equals(this) ? x : null;
    }

    /** sgn0 of RFC 9380 §4.1 for m = 2. */
    public int sgn0() {
        Fp c0 = c0();
        int sign0 = c0.sgn0();
        int zero0 = c0.isZero() ? 1 : 0;
        return sign0 | (zero0 & c1().sgn0());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 y && ((a0 ^ y.a0) | (a1 ^ y.a1) | (a2 ^ y.a2) | (a3 ^ y.a3) | (a4 ^ y.a4)
                | (a5 ^ y.a5) | (b0 ^ y.b0) | (b1 ^ y.b1) | (b2 ^ y.b2) | (b3 ^ y.b3) | (b4 ^ y.b4) | (b5 ^ y.b5)) == 0;
    }

    @Override
    public int hashCode() {
        return c0().hashCode() * 31 + c1().hashCode();
    }

    @Override
    public String toString() {
        return "(" + c0() + ", " + c1() + ")";
    }

    /** x + y mod p (both below p) into a part of d. */
    private static void addMod(long x0, long x1, long x2, long x3, long x4, long x5, long y0, long y1, long y2, long y3,
            long y4, long y5, Fp2 d, boolean im) {
        long s, c, c2, b, k, r0, r1, r2, r3, r4, r5, d0, d1, d2, d3, d4, d5;
        s = x0 + y0; c = (Long.compareUnsigned(s, x0) < 0 ? 1 : 0); r0 = s;
        s = x1 + y1; c2 = (Long.compareUnsigned(s, x1) < 0 ? 1 : 0); r1 = s + c; c = c2 | (Long.compareUnsigned(r1, s) < 0 ? 1 : 0);
        s = x2 + y2; c2 = (Long.compareUnsigned(s, x2) < 0 ? 1 : 0); r2 = s + c; c = c2 | (Long.compareUnsigned(r2, s) < 0 ? 1 : 0);
        s = x3 + y3; c2 = (Long.compareUnsigned(s, x3) < 0 ? 1 : 0); r3 = s + c; c = c2 | (Long.compareUnsigned(r3, s) < 0 ? 1 : 0);
        s = x4 + y4; c2 = (Long.compareUnsigned(s, x4) < 0 ? 1 : 0); r4 = s + c; c = c2 | (Long.compareUnsigned(r4, s) < 0 ? 1 : 0);
        r5 = x5 + y5 + c;
        d0 = r0 - Q0; b = (Long.compareUnsigned(r0, Q0) < 0 ? 1 : 0);
        d1 = r1 - Q1 - b; b = (Long.compareUnsigned(r1, (Q1 + b)) < 0 ? 1 : 0);
        d2 = r2 - Q2 - b; b = (Long.compareUnsigned(r2, (Q2 + b)) < 0 ? 1 : 0);
        d3 = r3 - Q3 - b; b = (Long.compareUnsigned(r3, (Q3 + b)) < 0 ? 1 : 0);
        d4 = r4 - Q4 - b; b = (Long.compareUnsigned(r4, (Q4 + b)) < 0 ? 1 : 0);
        d5 = r5 - Q5 - b; b = (Long.compareUnsigned(r5, (Q5 + b)) < 0 ? 1 : 0);
        k = -b;
        d0 = (r0 & k) | (d0 & ~k);
        d1 = (r1 & k) | (d1 & ~k);
        d2 = (r2 & k) | (d2 & ~k);
        d3 = (r3 & k) | (d3 & ~k);
        d4 = (r4 & k) | (d4 & ~k);
        d5 = (r5 & k) | (d5 & ~k);
        if (im) {
        d.setIm(d0, d1, d2, d3, d4, d5);
        } else {
        d.setRe(d0, d1, d2, d3, d4, d5);
        }
    }

    /** x − y mod p (both below p) into a part of d. */
    private static void subMod(long x0, long x1, long x2, long x3, long x4, long x5, long y0, long y1, long y2, long y3,
            long y4, long y5, Fp2 d, boolean im) {
        long s, c, c2, b, r0, r1, r2, r3, r4, r5;
        b = (Long.compareUnsigned(x0, y0) < 0 ? 1 : 0); r0 = x0 - y0;
        s = x1 - y1; c2 = (Long.compareUnsigned(x1, y1) < 0 ? 1 : 0); r1 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x2 - y2; c2 = (Long.compareUnsigned(x2, y2) < 0 ? 1 : 0); r2 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x3 - y3; c2 = (Long.compareUnsigned(x3, y3) < 0 ? 1 : 0); r3 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x4 - y4; c2 = (Long.compareUnsigned(x4, y4) < 0 ? 1 : 0); r4 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        s = x5 - y5; c2 = (Long.compareUnsigned(x5, y5) < 0 ? 1 : 0); r5 = s - b; b = c2 | (Long.compareUnsigned(s, b) < 0 ? 1 : 0);
        if (b != 0) {
        s = r0 + Q0; c = (Long.compareUnsigned(s, Q0) < 0 ? 1 : 0); r0 = s;
        s = r1 + Q1; c2 = (Long.compareUnsigned(s, Q1) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); r1 = s;
        s = r2 + Q2; c2 = (Long.compareUnsigned(s, Q2) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); r2 = s;
        s = r3 + Q3; c2 = (Long.compareUnsigned(s, Q3) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); r3 = s;
        s = r4 + Q4; c2 = (Long.compareUnsigned(s, Q4) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); r4 = s;
        s = r5 + Q5; c2 = (Long.compareUnsigned(s, Q5) < 0 ? 1 : 0); s += c; c = c2 | (Long.compareUnsigned(s, c) < 0 ? 1 : 0); r5 = s;
        }
        if (im) {
        d.setIm(r0, r1, r2, r3, r4, r5);
        } else {
        d.setRe(r0, r1, r2, r3, r4, r5);
        }
    }

    /** The Montgomery product x·y·2^−384 mod p (no-carry CIOS; inputs below 2p) into a part of d. */
    private static void montMul(long x0, long x1, long x2, long x3, long x4, long x5, long y0, long y1, long y2,
            long y3, long y4, long y5, Fp2 d, boolean im) {
        long lo, hi, s, C, A, m, b, k, t0, t1, t2, t3, t4, t5, d0, d1, d2, d3, d4, d5;
        t0 = 0;
        t1 = 0;
        t2 = 0;
        t3 = 0;
        t4 = 0;
        t5 = 0;
        lo = x0 * y0; hi = Math.unsignedMultiplyHigh(x0, y0);
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y0; hi = Math.unsignedMultiplyHigh(x1, y0);
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y0; hi = Math.unsignedMultiplyHigh(x2, y0);
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y0; hi = Math.unsignedMultiplyHigh(x3, y0);
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y0; hi = Math.unsignedMultiplyHigh(x4, y0);
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y0; hi = Math.unsignedMultiplyHigh(x5, y0);
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = x0 * y1; hi = Math.unsignedMultiplyHigh(x0, y1);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y1; hi = Math.unsignedMultiplyHigh(x1, y1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y1; hi = Math.unsignedMultiplyHigh(x2, y1);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y1; hi = Math.unsignedMultiplyHigh(x3, y1);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y1; hi = Math.unsignedMultiplyHigh(x4, y1);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y1; hi = Math.unsignedMultiplyHigh(x5, y1);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = x0 * y2; hi = Math.unsignedMultiplyHigh(x0, y2);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y2; hi = Math.unsignedMultiplyHigh(x1, y2);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y2; hi = Math.unsignedMultiplyHigh(x2, y2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y2; hi = Math.unsignedMultiplyHigh(x3, y2);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y2; hi = Math.unsignedMultiplyHigh(x4, y2);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y2; hi = Math.unsignedMultiplyHigh(x5, y2);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = x0 * y3; hi = Math.unsignedMultiplyHigh(x0, y3);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y3; hi = Math.unsignedMultiplyHigh(x1, y3);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y3; hi = Math.unsignedMultiplyHigh(x2, y3);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y3; hi = Math.unsignedMultiplyHigh(x3, y3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y3; hi = Math.unsignedMultiplyHigh(x4, y3);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y3; hi = Math.unsignedMultiplyHigh(x5, y3);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = x0 * y4; hi = Math.unsignedMultiplyHigh(x0, y4);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y4; hi = Math.unsignedMultiplyHigh(x1, y4);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y4; hi = Math.unsignedMultiplyHigh(x2, y4);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y4; hi = Math.unsignedMultiplyHigh(x3, y4);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y4; hi = Math.unsignedMultiplyHigh(x4, y4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y4; hi = Math.unsignedMultiplyHigh(x5, y4);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        lo = x0 * y5; hi = Math.unsignedMultiplyHigh(x0, y5);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; A = hi;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); C = hi;
        lo = x1 * y5; hi = Math.unsignedMultiplyHigh(x1, y5);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; A = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = x2 * y5; hi = Math.unsignedMultiplyHigh(x2, y5);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; A = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x3 * y5; hi = Math.unsignedMultiplyHigh(x3, y5);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; A = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x4 * y5; hi = Math.unsignedMultiplyHigh(x4, y5);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; A = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x5 * y5; hi = Math.unsignedMultiplyHigh(x5, y5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + A; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; A = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        t5 = C + A;
        d0 = t0 - Q0; b = (Long.compareUnsigned(t0, Q0) < 0 ? 1 : 0);
        d1 = t1 - Q1 - b; b = (Long.compareUnsigned(t1, (Q1 + b)) < 0 ? 1 : 0);
        d2 = t2 - Q2 - b; b = (Long.compareUnsigned(t2, (Q2 + b)) < 0 ? 1 : 0);
        d3 = t3 - Q3 - b; b = (Long.compareUnsigned(t3, (Q3 + b)) < 0 ? 1 : 0);
        d4 = t4 - Q4 - b; b = (Long.compareUnsigned(t4, (Q4 + b)) < 0 ? 1 : 0);
        d5 = t5 - Q5 - b; b = (Long.compareUnsigned(t5, (Q5 + b)) < 0 ? 1 : 0);
        k = -b;
        d0 = (t0 & k) | (d0 & ~k);
        d1 = (t1 & k) | (d1 & ~k);
        d2 = (t2 & k) | (d2 & ~k);
        d3 = (t3 & k) | (d3 & ~k);
        d4 = (t4 & k) | (d4 & ~k);
        d5 = (t5 & k) | (d5 & ~k);
        if (im) {
        d.setIm(d0, d1, d2, d3, d4, d5);
        } else {
        d.setRe(d0, d1, d2, d3, d4, d5);
        }
    }

    /** Montgomery reduction t·2^−384 mod p of a 768-bit t below p·2^384 into a part of d. */
    static void redc(long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7, long t8, long t9,
            long t10, long t11, Fp2 d, boolean im) {
        long lo, hi, s, C, m, e, extra, b, k, d0, d1, d2, d3, d4, d5;
        extra = 0;
        m = t0 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t0; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t0 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        s = t6 + C; e = (Long.compareUnsigned(s, t6) < 0 ? 1 : 0); t6 = s;
        s = t6 + extra; e += (Long.compareUnsigned(s, t6) < 0 ? 1 : 0); t6 = s;
        extra = e;
        m = t1 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        s = t7 + C; e = (Long.compareUnsigned(s, t7) < 0 ? 1 : 0); t7 = s;
        s = t7 + extra; e += (Long.compareUnsigned(s, t7) < 0 ? 1 : 0); t7 = s;
        extra = e;
        m = t2 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        s = t8 + C; e = (Long.compareUnsigned(s, t8) < 0 ? 1 : 0); t8 = s;
        s = t8 + extra; e += (Long.compareUnsigned(s, t8) < 0 ? 1 : 0); t8 = s;
        extra = e;
        m = t3 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        s = t9 + C; e = (Long.compareUnsigned(s, t9) < 0 ? 1 : 0); t9 = s;
        s = t9 + extra; e += (Long.compareUnsigned(s, t9) < 0 ? 1 : 0); t9 = s;
        extra = e;
        m = t4 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t9 = lo; C = hi;
        s = t10 + C; e = (Long.compareUnsigned(s, t10) < 0 ? 1 : 0); t10 = s;
        s = t10 + extra; e += (Long.compareUnsigned(s, t10) < 0 ? 1 : 0); t10 = s;
        extra = e;
        m = t5 * INV;
        lo = m * Q0; hi = Math.unsignedMultiplyHigh(m, Q0);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = m * Q1; hi = Math.unsignedMultiplyHigh(m, Q1);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = m * Q2; hi = Math.unsignedMultiplyHigh(m, Q2);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = m * Q3; hi = Math.unsignedMultiplyHigh(m, Q3);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        lo = m * Q4; hi = Math.unsignedMultiplyHigh(m, Q4);
        s = lo + t9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t9 = lo; C = hi;
        lo = m * Q5; hi = Math.unsignedMultiplyHigh(m, Q5);
        s = lo + t10; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t10 = lo; C = hi;
        s = t11 + C; e = (Long.compareUnsigned(s, t11) < 0 ? 1 : 0); t11 = s;
        s = t11 + extra; e += (Long.compareUnsigned(s, t11) < 0 ? 1 : 0); t11 = s;
        extra = e;
        d0 = t6 - Q0; b = (Long.compareUnsigned(t6, Q0) < 0 ? 1 : 0);
        d1 = t7 - Q1 - b; b = (Long.compareUnsigned(t7, (Q1 + b)) < 0 ? 1 : 0);
        d2 = t8 - Q2 - b; b = (Long.compareUnsigned(t8, (Q2 + b)) < 0 ? 1 : 0);
        d3 = t9 - Q3 - b; b = (Long.compareUnsigned(t9, (Q3 + b)) < 0 ? 1 : 0);
        d4 = t10 - Q4 - b; b = (Long.compareUnsigned(t10, (Q4 + b)) < 0 ? 1 : 0);
        d5 = t11 - Q5 - b; b = (Long.compareUnsigned(t11, (Q5 + b)) < 0 ? 1 : 0);
        k = -b;
        d0 = (t6 & k) | (d0 & ~k);
        d1 = (t7 & k) | (d1 & ~k);
        d2 = (t8 & k) | (d2 & ~k);
        d3 = (t9 & k) | (d3 & ~k);
        d4 = (t10 & k) | (d4 & ~k);
        d5 = (t11 & k) | (d5 & ~k);
        if (im) {
        d.setIm(d0, d1, d2, d3, d4, d5);
        } else {
        d.setRe(d0, d1, d2, d3, d4, d5);
        }
    }

    /** 3·this + 2·g (the shape of every output of the cyclotomic squarings), one pass instead of three. */
    Fp2 tripleAddTwice(Fp2 g) {
        Fp2 r = new Fp2();
        lin32(a0, a1, a2, a3, a4, a5, g.a0, g.a1, g.a2, g.a3, g.a4, g.a5, false, r, false);
        lin32(b0, b1, b2, b3, b4, b5, g.b0, g.b1, g.b2, g.b3, g.b4, g.b5, false, r, true);
        return r;
    }

    /** 3·this − 2·g, one pass instead of three. */
    Fp2 tripleSubTwice(Fp2 g) {
        Fp2 r = new Fp2();
        lin32(a0, a1, a2, a3, a4, a5, g.a0, g.a1, g.a2, g.a3, g.a4, g.a5, true, r, false);
        lin32(b0, b1, b2, b3, b4, b5, g.b0, g.b1, g.b2, g.b3, g.b4, g.b5, true, r, true);
        return r;
    }

    /**
     * 3x ± 2g mod p for x, g below p into a part of d: with h = g or p − g (at most p), v = 2(x + h) + x is below
     * 5p &lt; 2^384; conditional subtractions of 4p, 2p and p bring it below p.
     */
    private static void lin32(long x0, long x1, long x2, long x3, long x4, long x5, long g0, long g1, long g2,
            long g3, long g4, long g5, boolean minus, Fp2 d, boolean im) {
        long s, c, c2, s2, bw, k, v0, v1, v2, v3, v4, v5, e0, e1, e2, e3, e4, e5;
        if (minus) {
            bw = (Long.compareUnsigned(Q0, g0) < 0 ? 1 : 0); g0 = Q0 - g0;
            s = Q1 - g1; c2 = (Long.compareUnsigned(Q1, g1) < 0 ? 1 : 0); g1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
            s = Q2 - g2; c2 = (Long.compareUnsigned(Q2, g2) < 0 ? 1 : 0); g2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
            s = Q3 - g3; c2 = (Long.compareUnsigned(Q3, g3) < 0 ? 1 : 0); g3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
            s = Q4 - g4; c2 = (Long.compareUnsigned(Q4, g4) < 0 ? 1 : 0); g4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
            s = Q5 - g5; c2 = (Long.compareUnsigned(Q5, g5) < 0 ? 1 : 0); g5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        }
        s = x0 + g0; c = (Long.compareUnsigned(s, x0) < 0 ? 1 : 0); v0 = s;
        s = x1 + g1; c2 = (Long.compareUnsigned(s, x1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v1 = s2;
        s = x2 + g2; c2 = (Long.compareUnsigned(s, x2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v2 = s2;
        s = x3 + g3; c2 = (Long.compareUnsigned(s, x3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v3 = s2;
        s = x4 + g4; c2 = (Long.compareUnsigned(s, x4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v4 = s2;
        v5 = x5 + g5 + c;
        v5 = (v5 << 1) | (v4 >>> 63); v4 = (v4 << 1) | (v3 >>> 63); v3 = (v3 << 1) | (v2 >>> 63);
        v2 = (v2 << 1) | (v1 >>> 63); v1 = (v1 << 1) | (v0 >>> 63); v0 <<= 1;
        s = v0 + x0; c = (Long.compareUnsigned(s, v0) < 0 ? 1 : 0); v0 = s;
        s = v1 + x1; c2 = (Long.compareUnsigned(s, v1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v1 = s2;
        s = v2 + x2; c2 = (Long.compareUnsigned(s, v2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v2 = s2;
        s = v3 + x3; c2 = (Long.compareUnsigned(s, v3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v3 = s2;
        s = v4 + x4; c2 = (Long.compareUnsigned(s, v4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); v4 = s2;
        v5 = v5 + x5 + c;
        // subtract 4p when v ≥ 4p
        bw = (Long.compareUnsigned(v0, 0xe7fbfffffffeaaacL) < 0 ? 1 : 0); e0 = v0 - 0xe7fbfffffffeaaacL;
        s = v1 - 0x7aaffffac54ffffeL; c2 = (Long.compareUnsigned(v1, 0x7aaffffac54ffffeL) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v2 - 0x9cc34a83dac3d890L; c2 = (Long.compareUnsigned(v2, 0x9cc34a83dac3d890L) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v3 - 0x91dd2e13ce144afdL; c2 = (Long.compareUnsigned(v3, 0x91dd2e13ce144afdL) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v4 - 0x2c6e9ed90d2eb35dL; c2 = (Long.compareUnsigned(v4, 0x2c6e9ed90d2eb35dL) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v5 - 0x680447a8e5ff9a69L; c2 = (Long.compareUnsigned(v5, 0x680447a8e5ff9a69L) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1; // all ones when there was no borrow
        v0 = (e0 & k) | (v0 & ~k);
        v1 = (e1 & k) | (v1 & ~k);
        v2 = (e2 & k) | (v2 & ~k);
        v3 = (e3 & k) | (v3 & ~k);
        v4 = (e4 & k) | (v4 & ~k);
        v5 = (e5 & k) | (v5 & ~k);
        // subtract 2p when v ≥ 2p
        bw = (Long.compareUnsigned(v0, 0x73fdffffffff5556L) < 0 ? 1 : 0); e0 = v0 - 0x73fdffffffff5556L;
        s = v1 - 0x3d57fffd62a7ffffL; c2 = (Long.compareUnsigned(v1, 0x3d57fffd62a7ffffL) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v2 - 0xce61a541ed61ec48L; c2 = (Long.compareUnsigned(v2, 0xce61a541ed61ec48L) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v3 - 0xc8ee9709e70a257eL; c2 = (Long.compareUnsigned(v3, 0xc8ee9709e70a257eL) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v4 - 0x96374f6c869759aeL; c2 = (Long.compareUnsigned(v4, 0x96374f6c869759aeL) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v5 - 0x340223d472ffcd34L; c2 = (Long.compareUnsigned(v5, 0x340223d472ffcd34L) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1; // all ones when there was no borrow
        v0 = (e0 & k) | (v0 & ~k);
        v1 = (e1 & k) | (v1 & ~k);
        v2 = (e2 & k) | (v2 & ~k);
        v3 = (e3 & k) | (v3 & ~k);
        v4 = (e4 & k) | (v4 & ~k);
        v5 = (e5 & k) | (v5 & ~k);
        // subtract 1p when v ≥ 1p
        bw = (Long.compareUnsigned(v0, 0xb9feffffffffaaabL) < 0 ? 1 : 0); e0 = v0 - 0xb9feffffffffaaabL;
        s = v1 - 0x1eabfffeb153ffffL; c2 = (Long.compareUnsigned(v1, 0x1eabfffeb153ffffL) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v2 - 0x6730d2a0f6b0f624L; c2 = (Long.compareUnsigned(v2, 0x6730d2a0f6b0f624L) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v3 - 0x64774b84f38512bfL; c2 = (Long.compareUnsigned(v3, 0x64774b84f38512bfL) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v4 - 0x4b1ba7b6434bacd7L; c2 = (Long.compareUnsigned(v4, 0x4b1ba7b6434bacd7L) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v5 - 0x1a0111ea397fe69aL; c2 = (Long.compareUnsigned(v5, 0x1a0111ea397fe69aL) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1; // all ones when there was no borrow
        v0 = (e0 & k) | (v0 & ~k);
        v1 = (e1 & k) | (v1 & ~k);
        v2 = (e2 & k) | (v2 & ~k);
        v3 = (e3 & k) | (v3 & ~k);
        v4 = (e4 & k) | (v4 & ~k);
        v5 = (e5 & k) | (v5 & ~k);
        if (im) {
            d.setIm(v0, v1, v2, v3, v4, v5);
        } else {
            d.setRe(v0, v1, v2, v3, v4, v5);
        }
    }
}
