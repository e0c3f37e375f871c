package io.kona4j.crypto.bls12381;

import static io.kona4j.crypto.bls12381.Fp.Q0;
import static io.kona4j.crypto.bls12381.Fp.Q1;
import static io.kona4j.crypto.bls12381.Fp.Q2;
import static io.kona4j.crypto.bls12381.Fp.Q3;
import static io.kona4j.crypto.bls12381.Fp.Q4;
import static io.kona4j.crypto.bls12381.Fp.Q5;

import java.math.BigInteger;

/**
 * An unreduced F_p² value for lazy reduction in the BLS12-381 tower (the scheme of Aranha, Karabina, Longa, Gebotys
 * and López, EUROCRYPT 2011): each part is a 768-bit two's-complement integer T standing for T·2^−384 mod p, so a sum
 * or difference of several F_p² products is reduced once (two Montgomery reductions) instead of once per product.
 *
 * <p>Bounds, in units of p² (p² &lt; 2^762): a product of reduced elements has its real part in (−1, 1) and its
 * imaginary part in [0, 2) ({@link #setMul}); a square has both parts in [0, 2) ({@link #setSquare}). Sums,
 * differences, doubling and {@link #mulByXi} are exact integer operations, so their bounds follow by interval
 * arithmetic; every caller states the interval of what it reduces. {@link #reduce} needs both parts in
 * [−p·2^384, p·2^384), that is about (−9.84, 9.84)·p² (2^384/p ≈ 9.84): a negative part gets p·2^384 (a multiple of
 * p, so the same residue) added, which puts it in [0, p·2^384) where one Montgomery reduction and one conditional
 * subtraction give the canonical result. Nothing here can overflow the 768 bits: every value the callers build stays
 * far inside ±2^767 ≈ ±48p².
 *
 * <p>Mutable: the instance methods overwrite this and return it, so a formula reuses a few accumulators.
 */
final class Fp2x {
    private long r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11;
    private long i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11;

    Fp2x() {}

    /** x·y unreduced (see {@link #setMul}). */
    static Fp2x mul(Fp2 x, Fp2 y) {
        return new Fp2x().setMul(x, y);
    }

    /** x² unreduced (see {@link #setSquare}). */
    static Fp2x square(Fp2 x) {
        return new Fp2x().setSquare(x);
    }

    /**
     * this ← x·y for reduced x, y, by Karatsuba without reduction: u = x0·y0, v = x1·y1, real part u − v in
     * (−p², p²), imaginary part (x0 + x1)(y0 + y1) − u − v = x0·y1 + x1·y0 in [0, 2p²). Returns this.
     */
    Fp2x setMul(Fp2 x, Fp2 y) {
        wide(x.a0, x.a1, x.a2, x.a3, x.a4, x.a5, y.a0, y.a1, y.a2, y.a3, y.a4, y.a5, false);
        wide(x.b0, x.b1, x.b2, x.b3, x.b4, x.b5, y.b0, y.b1, y.b2, y.b3, y.b4, y.b5, true);
        karatsuba(x.a0, x.a1, x.a2, x.a3, x.a4, x.a5, x.b0, x.b1, x.b2, x.b3, x.b4, x.b5, y.a0, y.a1, y.a2, y.a3,
                y.a4, y.a5, y.b0, y.b1, y.b2, y.b3, y.b4, y.b5);
        return this;
    }

    /**
     * this ← x² for a reduced x = a + b·u, unreduced: real part (a + b)·((a − b) mod p) ≡ a² − b², in [0, 2p²) (the
     * sum a + b is below 2p and is not reduced), imaginary part (2a)·b in [0, 2p²). Returns this.
     */
    Fp2x setSquare(Fp2 x) {
        long s, c, c2, s2, bw;
        long p0, p1, p2, p3, p4, p5, d0, d1, d2, d3, d4, d5, h0, h1, h2, h3, h4, h5;
        s = x.a0 + x.b0; c = (Long.compareUnsigned(s, x.a0) < 0 ? 1 : 0); p0 = s;
        s = x.a1 + x.b1; c2 = (Long.compareUnsigned(s, x.a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p1 = s2;
        s = x.a2 + x.b2; c2 = (Long.compareUnsigned(s, x.a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p2 = s2;
        s = x.a3 + x.b3; c2 = (Long.compareUnsigned(s, x.a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p3 = s2;
        s = x.a4 + x.b4; c2 = (Long.compareUnsigned(s, x.a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p4 = s2;
        p5 = x.a5 + x.b5 + c;
        s = x.a0 + x.a0; c = (Long.compareUnsigned(s, x.a0) < 0 ? 1 : 0); h0 = s;
        s = x.a1 + x.a1; c2 = (Long.compareUnsigned(s, x.a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h1 = s2;
        s = x.a2 + x.a2; c2 = (Long.compareUnsigned(s, x.a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h2 = s2;
        s = x.a3 + x.a3; c2 = (Long.compareUnsigned(s, x.a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h3 = s2;
        s = x.a4 + x.a4; c2 = (Long.compareUnsigned(s, x.a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h4 = s2;
        h5 = x.a5 + x.a5 + c;
        bw = (Long.compareUnsigned(x.a0, x.b0) < 0 ? 1 : 0); d0 = x.a0 - x.b0;
        s = x.a1 - x.b1; c2 = (Long.compareUnsigned(x.a1, x.b1) < 0 ? 1 : 0); d1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = x.a2 - x.b2; c2 = (Long.compareUnsigned(x.a2, x.b2) < 0 ? 1 : 0); d2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = x.a3 - x.b3; c2 = (Long.compareUnsigned(x.a3, x.b3) < 0 ? 1 : 0); d3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = x.a4 - x.b4; c2 = (Long.compareUnsigned(x.a4, x.b4) < 0 ? 1 : 0); d4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = x.a5 - x.b5; c2 = (Long.compareUnsigned(x.a5, x.b5) < 0 ? 1 : 0); d5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        if (bw != 0) {
            s = d0 + Q0; c = (Long.compareUnsigned(s, d0) < 0 ? 1 : 0); d0 = s;
            s = d1 + Q1; c2 = (Long.compareUnsigned(s, d1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d1 = s2;
            s = d2 + Q2; c2 = (Long.compareUnsigned(s, d2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d2 = s2;
            s = d3 + Q3; c2 = (Long.compareUnsigned(s, d3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d3 = s2;
            s = d4 + Q4; c2 = (Long.compareUnsigned(s, d4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d4 = s2;
            d5 = d5 + Q5 + c;
        }
        wide(p0, p1, p2, p3, p4, p5, d0, d1, d2, d3, d4, d5, false);
        wide(h0, h1, h2, h3, h4, h5, x.b0, x.b1, x.b2, x.b3, x.b4, x.b5, true);
        return this;
    }

    /** this ← (x1 + x2)² unreduced, as {@link #setSquare} of the reduced sum (same bounds), without allocating it. */
    Fp2x setSquareSum(Fp2 x1, Fp2 x2) {
        long s, c, c2, s2, bw, k, e0, e1, e2, e3, e4, e5;
        long a0, a1, a2, a3, a4, a5, b0, b1, b2, b3, b4, b5;
        long p0, p1, p2, p3, p4, p5, d0, d1, d2, d3, d4, d5, h0, h1, h2, h3, h4, h5;
        s = x1.a0 + x2.a0; c = (Long.compareUnsigned(s, x1.a0) < 0 ? 1 : 0); a0 = s;
        s = x1.a1 + x2.a1; c2 = (Long.compareUnsigned(s, x1.a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); a1 = s2;
        s = x1.a2 + x2.a2; c2 = (Long.compareUnsigned(s, x1.a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); a2 = s2;
        s = x1.a3 + x2.a3; c2 = (Long.compareUnsigned(s, x1.a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); a3 = s2;
        s = x1.a4 + x2.a4; c2 = (Long.compareUnsigned(s, x1.a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); a4 = s2;
        a5 = x1.a5 + x2.a5 + c;
        bw = (Long.compareUnsigned(a0, Q0) < 0 ? 1 : 0); e0 = a0 - Q0;
        s = a1 - Q1; c2 = (Long.compareUnsigned(a1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a2 - Q2; c2 = (Long.compareUnsigned(a2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a3 - Q3; c2 = (Long.compareUnsigned(a3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a4 - Q4; c2 = (Long.compareUnsigned(a4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a5 - Q5; c2 = (Long.compareUnsigned(a5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        a0 = (e0 & k) | (a0 & ~k);
        a1 = (e1 & k) | (a1 & ~k);
        a2 = (e2 & k) | (a2 & ~k);
        a3 = (e3 & k) | (a3 & ~k);
        a4 = (e4 & k) | (a4 & ~k);
        a5 = (e5 & k) | (a5 & ~k);
        s = x1.b0 + x2.b0; c = (Long.compareUnsigned(s, x1.b0) < 0 ? 1 : 0); b0 = s;
        s = x1.b1 + x2.b1; c2 = (Long.compareUnsigned(s, x1.b1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); b1 = s2;
        s = x1.b2 + x2.b2; c2 = (Long.compareUnsigned(s, x1.b2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); b2 = s2;
        s = x1.b3 + x2.b3; c2 = (Long.compareUnsigned(s, x1.b3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); b3 = s2;
        s = x1.b4 + x2.b4; c2 = (Long.compareUnsigned(s, x1.b4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); b4 = s2;
        b5 = x1.b5 + x2.b5 + c;
        bw = (Long.compareUnsigned(b0, Q0) < 0 ? 1 : 0); e0 = b0 - Q0;
        s = b1 - Q1; c2 = (Long.compareUnsigned(b1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = b2 - Q2; c2 = (Long.compareUnsigned(b2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = b3 - Q3; c2 = (Long.compareUnsigned(b3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = b4 - Q4; c2 = (Long.compareUnsigned(b4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = b5 - Q5; c2 = (Long.compareUnsigned(b5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        b0 = (e0 & k) | (b0 & ~k);
        b1 = (e1 & k) | (b1 & ~k);
        b2 = (e2 & k) | (b2 & ~k);
        b3 = (e3 & k) | (b3 & ~k);
        b4 = (e4 & k) | (b4 & ~k);
        b5 = (e5 & k) | (b5 & ~k);
        s = a0 + b0; c = (Long.compareUnsigned(s, a0) < 0 ? 1 : 0); p0 = s;
        s = a1 + b1; c2 = (Long.compareUnsigned(s, a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p1 = s2;
        s = a2 + b2; c2 = (Long.compareUnsigned(s, a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p2 = s2;
        s = a3 + b3; c2 = (Long.compareUnsigned(s, a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p3 = s2;
        s = a4 + b4; c2 = (Long.compareUnsigned(s, a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p4 = s2;
        p5 = a5 + b5 + c;
        s = a0 + a0; c = (Long.compareUnsigned(s, a0) < 0 ? 1 : 0); h0 = s;
        s = a1 + a1; c2 = (Long.compareUnsigned(s, a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h1 = s2;
        s = a2 + a2; c2 = (Long.compareUnsigned(s, a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h2 = s2;
        s = a3 + a3; c2 = (Long.compareUnsigned(s, a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h3 = s2;
        s = a4 + a4; c2 = (Long.compareUnsigned(s, a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); h4 = s2;
        h5 = a5 + a5 + c;
        bw = (Long.compareUnsigned(a0, b0) < 0 ? 1 : 0); d0 = a0 - b0;
        s = a1 - b1; c2 = (Long.compareUnsigned(a1, b1) < 0 ? 1 : 0); d1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a2 - b2; c2 = (Long.compareUnsigned(a2, b2) < 0 ? 1 : 0); d2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a3 - b3; c2 = (Long.compareUnsigned(a3, b3) < 0 ? 1 : 0); d3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a4 - b4; c2 = (Long.compareUnsigned(a4, b4) < 0 ? 1 : 0); d4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = a5 - b5; c2 = (Long.compareUnsigned(a5, b5) < 0 ? 1 : 0); d5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        if (bw != 0) {
            s = d0 + Q0; c = (Long.compareUnsigned(s, d0) < 0 ? 1 : 0); d0 = s;
            s = d1 + Q1; c2 = (Long.compareUnsigned(s, d1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d1 = s2;
            s = d2 + Q2; c2 = (Long.compareUnsigned(s, d2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d2 = s2;
            s = d3 + Q3; c2 = (Long.compareUnsigned(s, d3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d3 = s2;
            s = d4 + Q4; c2 = (Long.compareUnsigned(s, d4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d4 = s2;
            d5 = d5 + Q5 + c;
        }
        wide(p0, p1, p2, p3, p4, p5, d0, d1, d2, d3, d4, d5, false);
        wide(h0, h1, h2, h3, h4, h5, b0, b1, b2, b3, b4, b5, true);
        return this;
    }

    /** The 768-bit product x·y (each factor below 2^383) into the real (im false) or imaginary part. */
    private void wide(long x0, long x1, long x2, long x3, long x4, long x5, long y0, long y1, long y2, long y3,
            long y4, long y5, boolean im) {
        long lo, hi, s, C;
        long t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11;
        lo = x0 * y0; hi = Math.unsignedMultiplyHigh(x0, y0);
        t0 = lo; C = hi;
        lo = x0 * y1; hi = Math.unsignedMultiplyHigh(x0, y1);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x0 * y2; hi = Math.unsignedMultiplyHigh(x0, y2);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x0 * y3; hi = Math.unsignedMultiplyHigh(x0, y3);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x0 * y4; hi = Math.unsignedMultiplyHigh(x0, y4);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = x0 * y5; hi = Math.unsignedMultiplyHigh(x0, y5);
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        t6 = C;
        lo = x1 * y0; hi = Math.unsignedMultiplyHigh(x1, y0);
        s = lo + t1; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t1 = lo; C = hi;
        lo = x1 * y1; hi = Math.unsignedMultiplyHigh(x1, y1);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x1 * y2; hi = Math.unsignedMultiplyHigh(x1, y2);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x1 * y3; hi = Math.unsignedMultiplyHigh(x1, y3);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = x1 * y4; hi = Math.unsignedMultiplyHigh(x1, y4);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = x1 * y5; hi = Math.unsignedMultiplyHigh(x1, y5);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        t7 = C;
        lo = x2 * y0; hi = Math.unsignedMultiplyHigh(x2, y0);
        s = lo + t2; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t2 = lo; C = hi;
        lo = x2 * y1; hi = Math.unsignedMultiplyHigh(x2, y1);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x2 * y2; hi = Math.unsignedMultiplyHigh(x2, y2);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = x2 * y3; hi = Math.unsignedMultiplyHigh(x2, y3);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = x2 * y4; hi = Math.unsignedMultiplyHigh(x2, y4);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = x2 * y5; hi = Math.unsignedMultiplyHigh(x2, y5);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        t8 = C;
        lo = x3 * y0; hi = Math.unsignedMultiplyHigh(x3, y0);
        s = lo + t3; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t3 = lo; C = hi;
        lo = x3 * y1; hi = Math.unsignedMultiplyHigh(x3, y1);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = x3 * y2; hi = Math.unsignedMultiplyHigh(x3, y2);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = x3 * y3; hi = Math.unsignedMultiplyHigh(x3, y3);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = x3 * y4; hi = Math.unsignedMultiplyHigh(x3, y4);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = x3 * y5; hi = Math.unsignedMultiplyHigh(x3, y5);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        t9 = C;
        lo = x4 * y0; hi = Math.unsignedMultiplyHigh(x4, y0);
        s = lo + t4; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t4 = lo; C = hi;
        lo = x4 * y1; hi = Math.unsignedMultiplyHigh(x4, y1);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = x4 * y2; hi = Math.unsignedMultiplyHigh(x4, y2);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = x4 * y3; hi = Math.unsignedMultiplyHigh(x4, y3);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = x4 * y4; hi = Math.unsignedMultiplyHigh(x4, y4);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        lo = x4 * y5; hi = Math.unsignedMultiplyHigh(x4, y5);
        s = lo + t9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t9 = lo; C = hi;
        t10 = C;
        lo = x5 * y0; hi = Math.unsignedMultiplyHigh(x5, y0);
        s = lo + t5; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t5 = lo; C = hi;
        lo = x5 * y1; hi = Math.unsignedMultiplyHigh(x5, y1);
        s = lo + t6; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t6 = lo; C = hi;
        lo = x5 * y2; hi = Math.unsignedMultiplyHigh(x5, y2);
        s = lo + t7; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t7 = lo; C = hi;
        lo = x5 * y3; hi = Math.unsignedMultiplyHigh(x5, y3);
        s = lo + t8; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t8 = lo; C = hi;
        lo = x5 * y4; hi = Math.unsignedMultiplyHigh(x5, y4);
        s = lo + t9; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t9 = lo; C = hi;
        lo = x5 * y5; hi = Math.unsignedMultiplyHigh(x5, y5);
        s = lo + t10; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        s = lo + C; hi += (Long.compareUnsigned(s, lo) < 0 ? 1 : 0); lo = s;
        t10 = lo; C = hi;
        t11 = C;
        if (im) {
            i0 = t0;
            i1 = t1;
            i2 = t2;
            i3 = t3;
            i4 = t4;
            i5 = t5;
            i6 = t6;
            i7 = t7;
            i8 = t8;
            i9 = t9;
            i10 = t10;
            i11 = t11;
        } else {
            r0 = t0;
            r1 = t1;
            r2 = t2;
            r3 = t3;
            r4 = t4;
            r5 = t5;
            r6 = t6;
            r7 = t7;
            r8 = t8;
            r9 = t9;
            r10 = t10;
            r11 = t11;
        }
    }

    /**
     * With u in the real and v in the imaginary part: imaginary ← (x0 + x1)(y0 + y1) − u − v, real ← u − v, for the
     * parts x0 = xa, x1 = xb, y0 = ya, y1 = yb (each below p).
     */
    private void karatsuba(long xa0, long xa1, long xa2, long xa3, long xa4, long xa5, long xb0, long xb1, long xb2,
            long xb3, long xb4, long xb5, long ya0, long ya1, long ya2, long ya3, long ya4, long ya5, long yb0,
            long yb1, long yb2, long yb3, long yb4, long yb5) {
        long lo, hi, s, C, c, c2, s2, bw;
        long p0, p1, p2, p3, p4, p5, q0, q1, q2, q3, q4, q5;
        long g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11;
        s = xa0 + xb0; c = (Long.compareUnsigned(s, xa0) < 0 ? 1 : 0); p0 = s;
        s = xa1 + xb1; c2 = (Long.compareUnsigned(s, xa1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p1 = s2;
        s = xa2 + xb2; c2 = (Long.compareUnsigned(s, xa2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p2 = s2;
        s = xa3 + xb3; c2 = (Long.compareUnsigned(s, xa3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p3 = s2;
        s = xa4 + xb4; c2 = (Long.compareUnsigned(s, xa4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); p4 = s2;
        p5 = xa5 + xb5 + c;
        s = ya0 + yb0; c = (Long.compareUnsigned(s, ya0) < 0 ? 1 : 0); q0 = s;
        s = ya1 + yb1; c2 = (Long.compareUnsigned(s, ya1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); q1 = s2;
        s = ya2 + yb2; c2 = (Long.compareUnsigned(s, ya2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); q2 = s2;
        s = ya3 + yb3; c2 = (Long.compareUnsigned(s, ya3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); q3 = s2;
        s = ya4 + yb4; c2 = (Long.compareUnsigned(s, ya4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); q4 = s2;
        q5 = ya5 + yb5 + c;
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
        bw = (Long.compareUnsigned(g0, r0) < 0 ? 1 : 0); g0 = g0 - r0;
        s = g1 - r1; c2 = (Long.compareUnsigned(g1, r1) < 0 ? 1 : 0); g1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g2 - r2; c2 = (Long.compareUnsigned(g2, r2) < 0 ? 1 : 0); g2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g3 - r3; c2 = (Long.compareUnsigned(g3, r3) < 0 ? 1 : 0); g3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g4 - r4; c2 = (Long.compareUnsigned(g4, r4) < 0 ? 1 : 0); g4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g5 - r5; c2 = (Long.compareUnsigned(g5, r5) < 0 ? 1 : 0); g5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g6 - r6; c2 = (Long.compareUnsigned(g6, r6) < 0 ? 1 : 0); g6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g7 - r7; c2 = (Long.compareUnsigned(g7, r7) < 0 ? 1 : 0); g7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g8 - r8; c2 = (Long.compareUnsigned(g8, r8) < 0 ? 1 : 0); g8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g9 - r9; c2 = (Long.compareUnsigned(g9, r9) < 0 ? 1 : 0); g9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g10 - r10; c2 = (Long.compareUnsigned(g10, r10) < 0 ? 1 : 0); g10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        g11 = g11 - r11 - bw;
        bw = (Long.compareUnsigned(g0, i0) < 0 ? 1 : 0); g0 = g0 - i0;
        s = g1 - i1; c2 = (Long.compareUnsigned(g1, i1) < 0 ? 1 : 0); g1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g2 - i2; c2 = (Long.compareUnsigned(g2, i2) < 0 ? 1 : 0); g2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g3 - i3; c2 = (Long.compareUnsigned(g3, i3) < 0 ? 1 : 0); g3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g4 - i4; c2 = (Long.compareUnsigned(g4, i4) < 0 ? 1 : 0); g4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g5 - i5; c2 = (Long.compareUnsigned(g5, i5) < 0 ? 1 : 0); g5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g6 - i6; c2 = (Long.compareUnsigned(g6, i6) < 0 ? 1 : 0); g6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g7 - i7; c2 = (Long.compareUnsigned(g7, i7) < 0 ? 1 : 0); g7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g8 - i8; c2 = (Long.compareUnsigned(g8, i8) < 0 ? 1 : 0); g8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g9 - i9; c2 = (Long.compareUnsigned(g9, i9) < 0 ? 1 : 0); g9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = g10 - i10; c2 = (Long.compareUnsigned(g10, i10) < 0 ? 1 : 0); g10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        g11 = g11 - i11 - bw;
        bw = (Long.compareUnsigned(r0, i0) < 0 ? 1 : 0); r0 = r0 - i0;
        s = r1 - i1; c2 = (Long.compareUnsigned(r1, i1) < 0 ? 1 : 0); r1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - i2; c2 = (Long.compareUnsigned(r2, i2) < 0 ? 1 : 0); r2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - i3; c2 = (Long.compareUnsigned(r3, i3) < 0 ? 1 : 0); r3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - i4; c2 = (Long.compareUnsigned(r4, i4) < 0 ? 1 : 0); r4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - i5; c2 = (Long.compareUnsigned(r5, i5) < 0 ? 1 : 0); r5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - i6; c2 = (Long.compareUnsigned(r6, i6) < 0 ? 1 : 0); r6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - i7; c2 = (Long.compareUnsigned(r7, i7) < 0 ? 1 : 0); r7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - i8; c2 = (Long.compareUnsigned(r8, i8) < 0 ? 1 : 0); r8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - i9; c2 = (Long.compareUnsigned(r9, i9) < 0 ? 1 : 0); r9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - i10; c2 = (Long.compareUnsigned(r10, i10) < 0 ? 1 : 0); r10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        r11 = r11 - i11 - bw;
        i0 = g0;
        i1 = g1;
        i2 = g2;
        i3 = g3;
        i4 = g4;
        i5 = g5;
        i6 = g6;
        i7 = g7;
        i8 = g8;
        i9 = g9;
        i10 = g10;
        i11 = g11;
    }

    /**
     * this ← (x1 + x2)·(y1 + y2) unreduced, as {@link #setMul} of the two reduced sums (same bounds), without
     * allocating the sums. Returns this.
     */
    Fp2x setMulSum(Fp2 x1, Fp2 x2, Fp2 y1, Fp2 y2) {
        long s, c, c2, s2, bw, k, e0, e1, e2, e3, e4, e5;
        long xa0, xa1, xa2, xa3, xa4, xa5, xb0, xb1, xb2, xb3, xb4, xb5;
        long ya0, ya1, ya2, ya3, ya4, ya5, yb0, yb1, yb2, yb3, yb4, yb5;
        s = x1.a0 + x2.a0; c = (Long.compareUnsigned(s, x1.a0) < 0 ? 1 : 0); xa0 = s;
        s = x1.a1 + x2.a1; c2 = (Long.compareUnsigned(s, x1.a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xa1 = s2;
        s = x1.a2 + x2.a2; c2 = (Long.compareUnsigned(s, x1.a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xa2 = s2;
        s = x1.a3 + x2.a3; c2 = (Long.compareUnsigned(s, x1.a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xa3 = s2;
        s = x1.a4 + x2.a4; c2 = (Long.compareUnsigned(s, x1.a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xa4 = s2;
        xa5 = x1.a5 + x2.a5 + c;
        bw = (Long.compareUnsigned(xa0, Q0) < 0 ? 1 : 0); e0 = xa0 - Q0;
        s = xa1 - Q1; c2 = (Long.compareUnsigned(xa1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xa2 - Q2; c2 = (Long.compareUnsigned(xa2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xa3 - Q3; c2 = (Long.compareUnsigned(xa3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xa4 - Q4; c2 = (Long.compareUnsigned(xa4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xa5 - Q5; c2 = (Long.compareUnsigned(xa5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        xa0 = (e0 & k) | (xa0 & ~k);
        xa1 = (e1 & k) | (xa1 & ~k);
        xa2 = (e2 & k) | (xa2 & ~k);
        xa3 = (e3 & k) | (xa3 & ~k);
        xa4 = (e4 & k) | (xa4 & ~k);
        xa5 = (e5 & k) | (xa5 & ~k);
        s = x1.b0 + x2.b0; c = (Long.compareUnsigned(s, x1.b0) < 0 ? 1 : 0); xb0 = s;
        s = x1.b1 + x2.b1; c2 = (Long.compareUnsigned(s, x1.b1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xb1 = s2;
        s = x1.b2 + x2.b2; c2 = (Long.compareUnsigned(s, x1.b2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xb2 = s2;
        s = x1.b3 + x2.b3; c2 = (Long.compareUnsigned(s, x1.b3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xb3 = s2;
        s = x1.b4 + x2.b4; c2 = (Long.compareUnsigned(s, x1.b4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); xb4 = s2;
        xb5 = x1.b5 + x2.b5 + c;
        bw = (Long.compareUnsigned(xb0, Q0) < 0 ? 1 : 0); e0 = xb0 - Q0;
        s = xb1 - Q1; c2 = (Long.compareUnsigned(xb1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xb2 - Q2; c2 = (Long.compareUnsigned(xb2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xb3 - Q3; c2 = (Long.compareUnsigned(xb3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xb4 - Q4; c2 = (Long.compareUnsigned(xb4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = xb5 - Q5; c2 = (Long.compareUnsigned(xb5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        xb0 = (e0 & k) | (xb0 & ~k);
        xb1 = (e1 & k) | (xb1 & ~k);
        xb2 = (e2 & k) | (xb2 & ~k);
        xb3 = (e3 & k) | (xb3 & ~k);
        xb4 = (e4 & k) | (xb4 & ~k);
        xb5 = (e5 & k) | (xb5 & ~k);
        s = y1.a0 + y2.a0; c = (Long.compareUnsigned(s, y1.a0) < 0 ? 1 : 0); ya0 = s;
        s = y1.a1 + y2.a1; c2 = (Long.compareUnsigned(s, y1.a1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); ya1 = s2;
        s = y1.a2 + y2.a2; c2 = (Long.compareUnsigned(s, y1.a2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); ya2 = s2;
        s = y1.a3 + y2.a3; c2 = (Long.compareUnsigned(s, y1.a3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); ya3 = s2;
        s = y1.a4 + y2.a4; c2 = (Long.compareUnsigned(s, y1.a4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); ya4 = s2;
        ya5 = y1.a5 + y2.a5 + c;
        bw = (Long.compareUnsigned(ya0, Q0) < 0 ? 1 : 0); e0 = ya0 - Q0;
        s = ya1 - Q1; c2 = (Long.compareUnsigned(ya1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = ya2 - Q2; c2 = (Long.compareUnsigned(ya2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = ya3 - Q3; c2 = (Long.compareUnsigned(ya3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = ya4 - Q4; c2 = (Long.compareUnsigned(ya4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = ya5 - Q5; c2 = (Long.compareUnsigned(ya5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        ya0 = (e0 & k) | (ya0 & ~k);
        ya1 = (e1 & k) | (ya1 & ~k);
        ya2 = (e2 & k) | (ya2 & ~k);
        ya3 = (e3 & k) | (ya3 & ~k);
        ya4 = (e4 & k) | (ya4 & ~k);
        ya5 = (e5 & k) | (ya5 & ~k);
        s = y1.b0 + y2.b0; c = (Long.compareUnsigned(s, y1.b0) < 0 ? 1 : 0); yb0 = s;
        s = y1.b1 + y2.b1; c2 = (Long.compareUnsigned(s, y1.b1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); yb1 = s2;
        s = y1.b2 + y2.b2; c2 = (Long.compareUnsigned(s, y1.b2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); yb2 = s2;
        s = y1.b3 + y2.b3; c2 = (Long.compareUnsigned(s, y1.b3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); yb3 = s2;
        s = y1.b4 + y2.b4; c2 = (Long.compareUnsigned(s, y1.b4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); yb4 = s2;
        yb5 = y1.b5 + y2.b5 + c;
        bw = (Long.compareUnsigned(yb0, Q0) < 0 ? 1 : 0); e0 = yb0 - Q0;
        s = yb1 - Q1; c2 = (Long.compareUnsigned(yb1, Q1) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = yb2 - Q2; c2 = (Long.compareUnsigned(yb2, Q2) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = yb3 - Q3; c2 = (Long.compareUnsigned(yb3, Q3) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = yb4 - Q4; c2 = (Long.compareUnsigned(yb4, Q4) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = yb5 - Q5; c2 = (Long.compareUnsigned(yb5, Q5) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
        yb0 = (e0 & k) | (yb0 & ~k);
        yb1 = (e1 & k) | (yb1 & ~k);
        yb2 = (e2 & k) | (yb2 & ~k);
        yb3 = (e3 & k) | (yb3 & ~k);
        yb4 = (e4 & k) | (yb4 & ~k);
        yb5 = (e5 & k) | (yb5 & ~k);
        wide(xa0, xa1, xa2, xa3, xa4, xa5, ya0, ya1, ya2, ya3, ya4, ya5, false);
        wide(xb0, xb1, xb2, xb3, xb4, xb5, yb0, yb1, yb2, yb3, yb4, yb5, true);
        karatsuba(xa0, xa1, xa2, xa3, xa4, xa5, xb0, xb1, xb2, xb3, xb4, xb5, ya0, ya1, ya2, ya3, ya4, ya5, yb0, yb1,
                yb2, yb3, yb4, yb5);
        return this;
    }

    /** this ← this + y, exact; returns this. */
    Fp2x add(Fp2x y) {
        long s, c, c2, s2;
        s = r0 + y.r0; c = (Long.compareUnsigned(s, r0) < 0 ? 1 : 0); r0 = s;
        s = r1 + y.r1; c2 = (Long.compareUnsigned(s, r1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r1 = s2;
        s = r2 + y.r2; c2 = (Long.compareUnsigned(s, r2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r2 = s2;
        s = r3 + y.r3; c2 = (Long.compareUnsigned(s, r3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r3 = s2;
        s = r4 + y.r4; c2 = (Long.compareUnsigned(s, r4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r4 = s2;
        s = r5 + y.r5; c2 = (Long.compareUnsigned(s, r5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r5 = s2;
        s = r6 + y.r6; c2 = (Long.compareUnsigned(s, r6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r6 = s2;
        s = r7 + y.r7; c2 = (Long.compareUnsigned(s, r7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r7 = s2;
        s = r8 + y.r8; c2 = (Long.compareUnsigned(s, r8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r8 = s2;
        s = r9 + y.r9; c2 = (Long.compareUnsigned(s, r9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r9 = s2;
        s = r10 + y.r10; c2 = (Long.compareUnsigned(s, r10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r10 = s2;
        r11 = r11 + y.r11 + c;
        s = i0 + y.i0; c = (Long.compareUnsigned(s, i0) < 0 ? 1 : 0); i0 = s;
        s = i1 + y.i1; c2 = (Long.compareUnsigned(s, i1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = i2 + y.i2; c2 = (Long.compareUnsigned(s, i2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = i3 + y.i3; c2 = (Long.compareUnsigned(s, i3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = i4 + y.i4; c2 = (Long.compareUnsigned(s, i4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = i5 + y.i5; c2 = (Long.compareUnsigned(s, i5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = i6 + y.i6; c2 = (Long.compareUnsigned(s, i6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = i7 + y.i7; c2 = (Long.compareUnsigned(s, i7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = i8 + y.i8; c2 = (Long.compareUnsigned(s, i8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = i9 + y.i9; c2 = (Long.compareUnsigned(s, i9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = i10 + y.i10; c2 = (Long.compareUnsigned(s, i10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = i11 + y.i11 + c;
        return this;
    }

    /** this ← this − y, exact; returns this. */
    Fp2x sub(Fp2x y) {
        long s, c2, bw;
        bw = (Long.compareUnsigned(r0, y.r0) < 0 ? 1 : 0); r0 = r0 - y.r0;
        s = r1 - y.r1; c2 = (Long.compareUnsigned(r1, y.r1) < 0 ? 1 : 0); r1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - y.r2; c2 = (Long.compareUnsigned(r2, y.r2) < 0 ? 1 : 0); r2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - y.r3; c2 = (Long.compareUnsigned(r3, y.r3) < 0 ? 1 : 0); r3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - y.r4; c2 = (Long.compareUnsigned(r4, y.r4) < 0 ? 1 : 0); r4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - y.r5; c2 = (Long.compareUnsigned(r5, y.r5) < 0 ? 1 : 0); r5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - y.r6; c2 = (Long.compareUnsigned(r6, y.r6) < 0 ? 1 : 0); r6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - y.r7; c2 = (Long.compareUnsigned(r7, y.r7) < 0 ? 1 : 0); r7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - y.r8; c2 = (Long.compareUnsigned(r8, y.r8) < 0 ? 1 : 0); r8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - y.r9; c2 = (Long.compareUnsigned(r9, y.r9) < 0 ? 1 : 0); r9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - y.r10; c2 = (Long.compareUnsigned(r10, y.r10) < 0 ? 1 : 0); r10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        r11 = r11 - y.r11 - bw;
        bw = (Long.compareUnsigned(i0, y.i0) < 0 ? 1 : 0); i0 = i0 - y.i0;
        s = i1 - y.i1; c2 = (Long.compareUnsigned(i1, y.i1) < 0 ? 1 : 0); i1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i2 - y.i2; c2 = (Long.compareUnsigned(i2, y.i2) < 0 ? 1 : 0); i2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i3 - y.i3; c2 = (Long.compareUnsigned(i3, y.i3) < 0 ? 1 : 0); i3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i4 - y.i4; c2 = (Long.compareUnsigned(i4, y.i4) < 0 ? 1 : 0); i4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i5 - y.i5; c2 = (Long.compareUnsigned(i5, y.i5) < 0 ? 1 : 0); i5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i6 - y.i6; c2 = (Long.compareUnsigned(i6, y.i6) < 0 ? 1 : 0); i6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i7 - y.i7; c2 = (Long.compareUnsigned(i7, y.i7) < 0 ? 1 : 0); i7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i8 - y.i8; c2 = (Long.compareUnsigned(i8, y.i8) < 0 ? 1 : 0); i8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i9 - y.i9; c2 = (Long.compareUnsigned(i9, y.i9) < 0 ? 1 : 0); i9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i10 - y.i10; c2 = (Long.compareUnsigned(i10, y.i10) < 0 ? 1 : 0); i10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        i11 = i11 - y.i11 - bw;
        return this;
    }

    /** this ← 2·this, exact; returns this. */
    Fp2x dbl() {
        long s, c, c2, s2;
        s = r0 + r0; c = (Long.compareUnsigned(s, r0) < 0 ? 1 : 0); r0 = s;
        s = r1 + r1; c2 = (Long.compareUnsigned(s, r1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r1 = s2;
        s = r2 + r2; c2 = (Long.compareUnsigned(s, r2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r2 = s2;
        s = r3 + r3; c2 = (Long.compareUnsigned(s, r3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r3 = s2;
        s = r4 + r4; c2 = (Long.compareUnsigned(s, r4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r4 = s2;
        s = r5 + r5; c2 = (Long.compareUnsigned(s, r5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r5 = s2;
        s = r6 + r6; c2 = (Long.compareUnsigned(s, r6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r6 = s2;
        s = r7 + r7; c2 = (Long.compareUnsigned(s, r7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r7 = s2;
        s = r8 + r8; c2 = (Long.compareUnsigned(s, r8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r8 = s2;
        s = r9 + r9; c2 = (Long.compareUnsigned(s, r9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r9 = s2;
        s = r10 + r10; c2 = (Long.compareUnsigned(s, r10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r10 = s2;
        r11 = r11 + r11 + c;
        s = i0 + i0; c = (Long.compareUnsigned(s, i0) < 0 ? 1 : 0); i0 = s;
        s = i1 + i1; c2 = (Long.compareUnsigned(s, i1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = i2 + i2; c2 = (Long.compareUnsigned(s, i2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = i3 + i3; c2 = (Long.compareUnsigned(s, i3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = i4 + i4; c2 = (Long.compareUnsigned(s, i4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = i5 + i5; c2 = (Long.compareUnsigned(s, i5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = i6 + i6; c2 = (Long.compareUnsigned(s, i6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = i7 + i7; c2 = (Long.compareUnsigned(s, i7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = i8 + i8; c2 = (Long.compareUnsigned(s, i8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = i9 + i9; c2 = (Long.compareUnsigned(s, i9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = i10 + i10; c2 = (Long.compareUnsigned(s, i10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = i11 + i11 + c;
        return this;
    }

    /** this ← this·ξ = (re − im) + (re + im)·u, exact (each part's bound is the sum of the two bounds); returns this. */
    Fp2x mulByXi() {
        long s, c, c2, s2, bw;
        long d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11;
        bw = (Long.compareUnsigned(r0, i0) < 0 ? 1 : 0); d0 = r0 - i0;
        s = r1 - i1; c2 = (Long.compareUnsigned(r1, i1) < 0 ? 1 : 0); d1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - i2; c2 = (Long.compareUnsigned(r2, i2) < 0 ? 1 : 0); d2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - i3; c2 = (Long.compareUnsigned(r3, i3) < 0 ? 1 : 0); d3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - i4; c2 = (Long.compareUnsigned(r4, i4) < 0 ? 1 : 0); d4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - i5; c2 = (Long.compareUnsigned(r5, i5) < 0 ? 1 : 0); d5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - i6; c2 = (Long.compareUnsigned(r6, i6) < 0 ? 1 : 0); d6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - i7; c2 = (Long.compareUnsigned(r7, i7) < 0 ? 1 : 0); d7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - i8; c2 = (Long.compareUnsigned(r8, i8) < 0 ? 1 : 0); d8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - i9; c2 = (Long.compareUnsigned(r9, i9) < 0 ? 1 : 0); d9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - i10; c2 = (Long.compareUnsigned(r10, i10) < 0 ? 1 : 0); d10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        d11 = r11 - i11 - bw;
        s = r0 + i0; c = (Long.compareUnsigned(s, r0) < 0 ? 1 : 0); i0 = s;
        s = r1 + i1; c2 = (Long.compareUnsigned(s, r1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = r2 + i2; c2 = (Long.compareUnsigned(s, r2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = r3 + i3; c2 = (Long.compareUnsigned(s, r3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = r4 + i4; c2 = (Long.compareUnsigned(s, r4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = r5 + i5; c2 = (Long.compareUnsigned(s, r5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = r6 + i6; c2 = (Long.compareUnsigned(s, r6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = r7 + i7; c2 = (Long.compareUnsigned(s, r7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = r8 + i8; c2 = (Long.compareUnsigned(s, r8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = r9 + i9; c2 = (Long.compareUnsigned(s, r9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = r10 + i10; c2 = (Long.compareUnsigned(s, r10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = r11 + i11 + c;
        r0 = d0;
        r1 = d1;
        r2 = d2;
        r3 = d3;
        r4 = d4;
        r5 = d5;
        r6 = d6;
        r7 = d7;
        r8 = d8;
        r9 = d9;
        r10 = d10;
        r11 = d11;
        return this;
    }

    /** this ← this − a − b, exact (one pass); returns this. */
    Fp2x subSub(Fp2x a, Fp2x b) {
        long s, c2, bw;
        bw = (Long.compareUnsigned(r0, a.r0) < 0 ? 1 : 0); r0 = r0 - a.r0;
        s = r1 - a.r1; c2 = (Long.compareUnsigned(r1, a.r1) < 0 ? 1 : 0); r1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - a.r2; c2 = (Long.compareUnsigned(r2, a.r2) < 0 ? 1 : 0); r2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - a.r3; c2 = (Long.compareUnsigned(r3, a.r3) < 0 ? 1 : 0); r3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - a.r4; c2 = (Long.compareUnsigned(r4, a.r4) < 0 ? 1 : 0); r4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - a.r5; c2 = (Long.compareUnsigned(r5, a.r5) < 0 ? 1 : 0); r5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - a.r6; c2 = (Long.compareUnsigned(r6, a.r6) < 0 ? 1 : 0); r6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - a.r7; c2 = (Long.compareUnsigned(r7, a.r7) < 0 ? 1 : 0); r7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - a.r8; c2 = (Long.compareUnsigned(r8, a.r8) < 0 ? 1 : 0); r8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - a.r9; c2 = (Long.compareUnsigned(r9, a.r9) < 0 ? 1 : 0); r9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - a.r10; c2 = (Long.compareUnsigned(r10, a.r10) < 0 ? 1 : 0); r10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        r11 = r11 - a.r11 - bw;
        bw = (Long.compareUnsigned(r0, b.r0) < 0 ? 1 : 0); r0 = r0 - b.r0;
        s = r1 - b.r1; c2 = (Long.compareUnsigned(r1, b.r1) < 0 ? 1 : 0); r1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - b.r2; c2 = (Long.compareUnsigned(r2, b.r2) < 0 ? 1 : 0); r2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - b.r3; c2 = (Long.compareUnsigned(r3, b.r3) < 0 ? 1 : 0); r3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - b.r4; c2 = (Long.compareUnsigned(r4, b.r4) < 0 ? 1 : 0); r4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - b.r5; c2 = (Long.compareUnsigned(r5, b.r5) < 0 ? 1 : 0); r5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - b.r6; c2 = (Long.compareUnsigned(r6, b.r6) < 0 ? 1 : 0); r6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - b.r7; c2 = (Long.compareUnsigned(r7, b.r7) < 0 ? 1 : 0); r7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - b.r8; c2 = (Long.compareUnsigned(r8, b.r8) < 0 ? 1 : 0); r8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - b.r9; c2 = (Long.compareUnsigned(r9, b.r9) < 0 ? 1 : 0); r9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - b.r10; c2 = (Long.compareUnsigned(r10, b.r10) < 0 ? 1 : 0); r10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        r11 = r11 - b.r11 - bw;
        bw = (Long.compareUnsigned(i0, a.i0) < 0 ? 1 : 0); i0 = i0 - a.i0;
        s = i1 - a.i1; c2 = (Long.compareUnsigned(i1, a.i1) < 0 ? 1 : 0); i1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i2 - a.i2; c2 = (Long.compareUnsigned(i2, a.i2) < 0 ? 1 : 0); i2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i3 - a.i3; c2 = (Long.compareUnsigned(i3, a.i3) < 0 ? 1 : 0); i3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i4 - a.i4; c2 = (Long.compareUnsigned(i4, a.i4) < 0 ? 1 : 0); i4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i5 - a.i5; c2 = (Long.compareUnsigned(i5, a.i5) < 0 ? 1 : 0); i5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i6 - a.i6; c2 = (Long.compareUnsigned(i6, a.i6) < 0 ? 1 : 0); i6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i7 - a.i7; c2 = (Long.compareUnsigned(i7, a.i7) < 0 ? 1 : 0); i7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i8 - a.i8; c2 = (Long.compareUnsigned(i8, a.i8) < 0 ? 1 : 0); i8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i9 - a.i9; c2 = (Long.compareUnsigned(i9, a.i9) < 0 ? 1 : 0); i9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i10 - a.i10; c2 = (Long.compareUnsigned(i10, a.i10) < 0 ? 1 : 0); i10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        i11 = i11 - a.i11 - bw;
        bw = (Long.compareUnsigned(i0, b.i0) < 0 ? 1 : 0); i0 = i0 - b.i0;
        s = i1 - b.i1; c2 = (Long.compareUnsigned(i1, b.i1) < 0 ? 1 : 0); i1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i2 - b.i2; c2 = (Long.compareUnsigned(i2, b.i2) < 0 ? 1 : 0); i2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i3 - b.i3; c2 = (Long.compareUnsigned(i3, b.i3) < 0 ? 1 : 0); i3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i4 - b.i4; c2 = (Long.compareUnsigned(i4, b.i4) < 0 ? 1 : 0); i4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i5 - b.i5; c2 = (Long.compareUnsigned(i5, b.i5) < 0 ? 1 : 0); i5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i6 - b.i6; c2 = (Long.compareUnsigned(i6, b.i6) < 0 ? 1 : 0); i6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i7 - b.i7; c2 = (Long.compareUnsigned(i7, b.i7) < 0 ? 1 : 0); i7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i8 - b.i8; c2 = (Long.compareUnsigned(i8, b.i8) < 0 ? 1 : 0); i8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i9 - b.i9; c2 = (Long.compareUnsigned(i9, b.i9) < 0 ? 1 : 0); i9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = i10 - b.i10; c2 = (Long.compareUnsigned(i10, b.i10) < 0 ? 1 : 0); i10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        i11 = i11 - b.i11 - bw;
        return this;
    }

    /** this ← this·ξ + t = (re − im + t.re) + (re + im + t.im)·u, exact (one pass); returns this. */
    Fp2x mulByXiAdd(Fp2x t) {
        long s, c, c2, s2, bw;
        long d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11;
        bw = (Long.compareUnsigned(r0, i0) < 0 ? 1 : 0); d0 = r0 - i0;
        s = r1 - i1; c2 = (Long.compareUnsigned(r1, i1) < 0 ? 1 : 0); d1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - i2; c2 = (Long.compareUnsigned(r2, i2) < 0 ? 1 : 0); d2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - i3; c2 = (Long.compareUnsigned(r3, i3) < 0 ? 1 : 0); d3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - i4; c2 = (Long.compareUnsigned(r4, i4) < 0 ? 1 : 0); d4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - i5; c2 = (Long.compareUnsigned(r5, i5) < 0 ? 1 : 0); d5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - i6; c2 = (Long.compareUnsigned(r6, i6) < 0 ? 1 : 0); d6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - i7; c2 = (Long.compareUnsigned(r7, i7) < 0 ? 1 : 0); d7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - i8; c2 = (Long.compareUnsigned(r8, i8) < 0 ? 1 : 0); d8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - i9; c2 = (Long.compareUnsigned(r9, i9) < 0 ? 1 : 0); d9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - i10; c2 = (Long.compareUnsigned(r10, i10) < 0 ? 1 : 0); d10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        d11 = r11 - i11 - bw;
        s = d0 + t.r0; c = (Long.compareUnsigned(s, d0) < 0 ? 1 : 0); d0 = s;
        s = d1 + t.r1; c2 = (Long.compareUnsigned(s, d1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d1 = s2;
        s = d2 + t.r2; c2 = (Long.compareUnsigned(s, d2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d2 = s2;
        s = d3 + t.r3; c2 = (Long.compareUnsigned(s, d3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d3 = s2;
        s = d4 + t.r4; c2 = (Long.compareUnsigned(s, d4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d4 = s2;
        s = d5 + t.r5; c2 = (Long.compareUnsigned(s, d5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d5 = s2;
        s = d6 + t.r6; c2 = (Long.compareUnsigned(s, d6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d6 = s2;
        s = d7 + t.r7; c2 = (Long.compareUnsigned(s, d7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d7 = s2;
        s = d8 + t.r8; c2 = (Long.compareUnsigned(s, d8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d8 = s2;
        s = d9 + t.r9; c2 = (Long.compareUnsigned(s, d9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d9 = s2;
        s = d10 + t.r10; c2 = (Long.compareUnsigned(s, d10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); d10 = s2;
        d11 = d11 + t.r11 + c;
        s = r0 + i0; c = (Long.compareUnsigned(s, r0) < 0 ? 1 : 0); i0 = s;
        s = r1 + i1; c2 = (Long.compareUnsigned(s, r1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = r2 + i2; c2 = (Long.compareUnsigned(s, r2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = r3 + i3; c2 = (Long.compareUnsigned(s, r3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = r4 + i4; c2 = (Long.compareUnsigned(s, r4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = r5 + i5; c2 = (Long.compareUnsigned(s, r5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = r6 + i6; c2 = (Long.compareUnsigned(s, r6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = r7 + i7; c2 = (Long.compareUnsigned(s, r7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = r8 + i8; c2 = (Long.compareUnsigned(s, r8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = r9 + i9; c2 = (Long.compareUnsigned(s, r9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = r10 + i10; c2 = (Long.compareUnsigned(s, r10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = r11 + i11 + c;
        s = i0 + t.i0; c = (Long.compareUnsigned(s, i0) < 0 ? 1 : 0); i0 = s;
        s = i1 + t.i1; c2 = (Long.compareUnsigned(s, i1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = i2 + t.i2; c2 = (Long.compareUnsigned(s, i2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = i3 + t.i3; c2 = (Long.compareUnsigned(s, i3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = i4 + t.i4; c2 = (Long.compareUnsigned(s, i4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = i5 + t.i5; c2 = (Long.compareUnsigned(s, i5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = i6 + t.i6; c2 = (Long.compareUnsigned(s, i6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = i7 + t.i7; c2 = (Long.compareUnsigned(s, i7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = i8 + t.i8; c2 = (Long.compareUnsigned(s, i8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = i9 + t.i9; c2 = (Long.compareUnsigned(s, i9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = i10 + t.i10; c2 = (Long.compareUnsigned(s, i10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = i11 + t.i11 + c;
        r0 = d0;
        r1 = d1;
        r2 = d2;
        r3 = d3;
        r4 = d4;
        r5 = d5;
        r6 = d6;
        r7 = d7;
        r8 = d8;
        r9 = d9;
        r10 = d10;
        r11 = d11;
        return this;
    }

    /** this ← this + t·ξ = (re + t.re − t.im) + (im + t.re + t.im)·u, exact (one pass, t unchanged); returns this. */
    Fp2x addMulByXi(Fp2x t) {
        long s, c, c2, s2, bw;
        s = r0 + t.r0; c = (Long.compareUnsigned(s, r0) < 0 ? 1 : 0); r0 = s;
        s = r1 + t.r1; c2 = (Long.compareUnsigned(s, r1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r1 = s2;
        s = r2 + t.r2; c2 = (Long.compareUnsigned(s, r2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r2 = s2;
        s = r3 + t.r3; c2 = (Long.compareUnsigned(s, r3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r3 = s2;
        s = r4 + t.r4; c2 = (Long.compareUnsigned(s, r4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r4 = s2;
        s = r5 + t.r5; c2 = (Long.compareUnsigned(s, r5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r5 = s2;
        s = r6 + t.r6; c2 = (Long.compareUnsigned(s, r6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r6 = s2;
        s = r7 + t.r7; c2 = (Long.compareUnsigned(s, r7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r7 = s2;
        s = r8 + t.r8; c2 = (Long.compareUnsigned(s, r8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r8 = s2;
        s = r9 + t.r9; c2 = (Long.compareUnsigned(s, r9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r9 = s2;
        s = r10 + t.r10; c2 = (Long.compareUnsigned(s, r10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); r10 = s2;
        r11 = r11 + t.r11 + c;
        bw = (Long.compareUnsigned(r0, t.i0) < 0 ? 1 : 0); r0 = r0 - t.i0;
        s = r1 - t.i1; c2 = (Long.compareUnsigned(r1, t.i1) < 0 ? 1 : 0); r1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r2 - t.i2; c2 = (Long.compareUnsigned(r2, t.i2) < 0 ? 1 : 0); r2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r3 - t.i3; c2 = (Long.compareUnsigned(r3, t.i3) < 0 ? 1 : 0); r3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r4 - t.i4; c2 = (Long.compareUnsigned(r4, t.i4) < 0 ? 1 : 0); r4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r5 - t.i5; c2 = (Long.compareUnsigned(r5, t.i5) < 0 ? 1 : 0); r5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r6 - t.i6; c2 = (Long.compareUnsigned(r6, t.i6) < 0 ? 1 : 0); r6 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r7 - t.i7; c2 = (Long.compareUnsigned(r7, t.i7) < 0 ? 1 : 0); r7 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r8 - t.i8; c2 = (Long.compareUnsigned(r8, t.i8) < 0 ? 1 : 0); r8 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r9 - t.i9; c2 = (Long.compareUnsigned(r9, t.i9) < 0 ? 1 : 0); r9 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = r10 - t.i10; c2 = (Long.compareUnsigned(r10, t.i10) < 0 ? 1 : 0); r10 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        r11 = r11 - t.i11 - bw;
        s = i0 + t.r0; c = (Long.compareUnsigned(s, i0) < 0 ? 1 : 0); i0 = s;
        s = i1 + t.r1; c2 = (Long.compareUnsigned(s, i1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = i2 + t.r2; c2 = (Long.compareUnsigned(s, i2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = i3 + t.r3; c2 = (Long.compareUnsigned(s, i3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = i4 + t.r4; c2 = (Long.compareUnsigned(s, i4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = i5 + t.r5; c2 = (Long.compareUnsigned(s, i5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = i6 + t.r6; c2 = (Long.compareUnsigned(s, i6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = i7 + t.r7; c2 = (Long.compareUnsigned(s, i7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = i8 + t.r8; c2 = (Long.compareUnsigned(s, i8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = i9 + t.r9; c2 = (Long.compareUnsigned(s, i9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = i10 + t.r10; c2 = (Long.compareUnsigned(s, i10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = i11 + t.r11 + c;
        s = i0 + t.i0; c = (Long.compareUnsigned(s, i0) < 0 ? 1 : 0); i0 = s;
        s = i1 + t.i1; c2 = (Long.compareUnsigned(s, i1) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i1 = s2;
        s = i2 + t.i2; c2 = (Long.compareUnsigned(s, i2) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i2 = s2;
        s = i3 + t.i3; c2 = (Long.compareUnsigned(s, i3) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i3 = s2;
        s = i4 + t.i4; c2 = (Long.compareUnsigned(s, i4) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i4 = s2;
        s = i5 + t.i5; c2 = (Long.compareUnsigned(s, i5) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i5 = s2;
        s = i6 + t.i6; c2 = (Long.compareUnsigned(s, i6) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i6 = s2;
        s = i7 + t.i7; c2 = (Long.compareUnsigned(s, i7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i7 = s2;
        s = i8 + t.i8; c2 = (Long.compareUnsigned(s, i8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i8 = s2;
        s = i9 + t.i9; c2 = (Long.compareUnsigned(s, i9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i9 = s2;
        s = i10 + t.i10; c2 = (Long.compareUnsigned(s, i10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); i10 = s2;
        i11 = i11 + t.i11 + c;
        return this;
    }

    /** this ← y; returns this. */
    Fp2x set(Fp2x y) {
        r0 = y.r0;
        r1 = y.r1;
        r2 = y.r2;
        r3 = y.r3;
        r4 = y.r4;
        r5 = y.r5;
        r6 = y.r6;
        r7 = y.r7;
        r8 = y.r8;
        r9 = y.r9;
        r10 = y.r10;
        r11 = y.r11;
        i0 = y.i0;
        i1 = y.i1;
        i2 = y.i2;
        i3 = y.i3;
        i4 = y.i4;
        i5 = y.i5;
        i6 = y.i6;
        i7 = y.i7;
        i8 = y.i8;
        i9 = y.i9;
        i10 = y.i10;
        i11 = y.i11;
        return this;
    }

    /** The reduced element this stands for; both parts must lie in [−p·2^384, p·2^384) (see the class comment). */
    Fp2 reduce() {
        Fp2 d = new Fp2();
        reducePart(r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, d, false);
        reducePart(i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, d, true);
        return d;
    }

    /** T·2^−384 mod p for a two's-complement T in [−p·2^384, p·2^384) into a part of d. */
    private static void reducePart(long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7, long t8,
            long t9, long t10, long t11, Fp2 d, boolean im) {
        long s, c, c2, s2;
        if (t11 < 0) {
            s = t6 + Q0; c = (Long.compareUnsigned(s, t6) < 0 ? 1 : 0); t6 = s;
            s = t7 + Q1; c2 = (Long.compareUnsigned(s, t7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t7 = s2;
            s = t8 + Q2; c2 = (Long.compareUnsigned(s, t8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t8 = s2;
            s = t9 + Q3; c2 = (Long.compareUnsigned(s, t9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t9 = s2;
            s = t10 + Q4; c2 = (Long.compareUnsigned(s, t10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t10 = s2;
            t11 = t11 + Q5 + c;
        }
        Fp2.redc(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, d, im);
    }

    /**
     * The reduced element this stands for, for parts in the wider range [−3p·2^384, 3p·2^384), about ±29.5·p² (sums
     * of F_p⁶ products at the F_p¹² level): 3p·2^384 is added (T becomes non-negative and below 6p·2^384 &lt; 2^768),
     * the Montgomery reduction then yields a value below 7p (one conditional subtraction inside leaves it below 6p),
     * and conditional subtractions of 4p, 2p and p finish.
     */
    Fp2 reduceWide() {
        Fp2 d = new Fp2();
        reducePartWide(r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, d, false);
        reducePartWide(i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, d, true);
        return d;
    }

    private static void reducePartWide(long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7,
            long t8, long t9, long t10, long t11, Fp2 d, boolean im) {
        long s, c, c2, s2, bw, k, v0, v1, v2, v3, v4, v5, e0, e1, e2, e3, e4, e5;
        s = t6 + 0x2dfcffffffff0001L; c = (Long.compareUnsigned(s, t6) < 0 ? 1 : 0); t6 = s;
        s = t7 + 0x5c03fffc13fbffffL; c2 = (Long.compareUnsigned(s, t7) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t7 = s2;
        s = t8 + 0x359277e2e412e26cL; c2 = (Long.compareUnsigned(s, t8) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t8 = s2;
        s = t9 + 0x2d65e28eda8f383eL; c2 = (Long.compareUnsigned(s, t9) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t9 = s2;
        s = t10 + 0xe152f722c9e30686L; c2 = (Long.compareUnsigned(s, t10) < 0 ? 1 : 0); s2 = s + c; c = c2 | (Long.compareUnsigned(s2, s) < 0 ? 1 : 0); t10 = s2;
        t11 = t11 + 0x4e0335beac7fb3ceL + c;
        Fp2.redc(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, d, im);
        if (im) {
            v0 = d.b0; v1 = d.b1; v2 = d.b2; v3 = d.b3; v4 = d.b4; v5 = d.b5;
        } else {
            v0 = d.a0; v1 = d.a1; v2 = d.a2; v3 = d.a3; v4 = d.a4; v5 = d.a5;
        }
        // subtract 4p when v ≥ 4p
        bw = (Long.compareUnsigned(v0, 0xe7fbfffffffeaaacL) < 0 ? 1 : 0); e0 = v0 - 0xe7fbfffffffeaaacL;
        s = v1 - 0x7aaffffac54ffffeL; c2 = (Long.compareUnsigned(v1, 0x7aaffffac54ffffeL) < 0 ? 1 : 0); e1 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v2 - 0x9cc34a83dac3d890L; c2 = (Long.compareUnsigned(v2, 0x9cc34a83dac3d890L) < 0 ? 1 : 0); e2 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v3 - 0x91dd2e13ce144afdL; c2 = (Long.compareUnsigned(v3, 0x91dd2e13ce144afdL) < 0 ? 1 : 0); e3 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v4 - 0x2c6e9ed90d2eb35dL; c2 = (Long.compareUnsigned(v4, 0x2c6e9ed90d2eb35dL) < 0 ? 1 : 0); e4 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        s = v5 - 0x680447a8e5ff9a69L; c2 = (Long.compareUnsigned(v5, 0x680447a8e5ff9a69L) < 0 ? 1 : 0); e5 = s - bw; bw = c2 | (Long.compareUnsigned(s, bw) < 0 ? 1 : 0);
        k = bw - 1;
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
        k = bw - 1;
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
        k = bw - 1;
        v0 = (e0 & k) | (v0 & ~k);
        v1 = (e1 & k) | (v1 & ~k);
        v2 = (e2 & k) | (v2 & ~k);
        v3 = (e3 & k) | (v3 & ~k);
        v4 = (e4 & k) | (v4 & ~k);
        v5 = (e5 & k) | (v5 & ~k);
        if (im) {
            d.b0 = v0; d.b1 = v1; d.b2 = v2; d.b3 = v3; d.b4 = v4; d.b5 = v5;
        } else {
            d.a0 = v0; d.a1 = v1; d.a2 = v2; d.a3 = v3; d.a4 = v4; d.a5 = v5;
        }
    }

    /** The real part as a signed integer (tests). */
    BigInteger re() {
        return signed(r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11);
    }

    /** The imaginary part as a signed integer (tests). */
    BigInteger im() {
        return signed(i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11);
    }

    private static BigInteger signed(long... limbs) {
        BigInteger v = BigInteger.ZERO;
        for (int k = limbs.length - 1; k >= 0; k--) {
            v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[k])));
        }
        return v.testBit(767) ? v.subtract(BigInteger.ONE.shiftLeft(768)) : v;
    }
}
