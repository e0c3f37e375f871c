package io.kona4j.crypto.bn254;

import java.math.BigInteger;

/**
 * F_p¹² = F_p⁶[w]/(w² − v): {@code c0 + c1·w}. As a degree-6 extension of F_p², {@code w⁶ = ξ} and an element is
 * {@code a0 + a1·w + … + a5·w⁵} with {@code c0 = a0 + a2·v + a4·v²}, {@code c1 = a1 + a3·v + a5·v²}. Immutable.
 */
final class Fp12 {
    static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /** γ_i = ξ^(i(p−1)/6), the Frobenius coefficient of w^i. */
    private static final Fp2[] GAMMA = new Fp2[6];

    static {
        BigInteger e = Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        Fp2 g = Fp2.XI.pow(e);
        GAMMA[0] = Fp2.ONE;
        for (int i = 1; i < 6; i++) GAMMA[i] = GAMMA[i - 1].mul(g);
    }

    final Fp6 c0;
    final Fp6 c1;

    Fp12(Fp6 c0, Fp6 c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    boolean isOne() {
        return c0.equals(Fp6.ONE) && c1.isZero();
    }

    Fp12 mul(Fp12 y) {
        Fp6 t0 = c0.mul(y.c0);
        Fp6 t1 = c1.mul(y.c1);
        Fp6 n1 = c0.add(c1).mul(y.c0.add(y.c1)).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), n1);
    }

    /** Complex squaring: two F_p⁶ multiplications. */
    Fp12 square() {
        Fp6 t = c0.mul(c1);
        Fp6 n0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(t).sub(t.mulByV());
        return new Fp12(n0, t.add(t));
    }

    /**
     * The square of an element of the cyclotomic subgroup (after the easy part of the final exponentiation), by
     * Granger and Scott's formula (ePrint 2009/565 §3.2): six F_p² squarings instead of two F_p⁶ multiplications.
     * Wrong for other elements.
     */
    Fp12 cyclotomicSquare() {
        Fp2 x0 = c0.c0, x1 = c0.c1, x2 = c0.c2, x3 = c1.c0, x4 = c1.c1, x5 = c1.c2;
        Fp2 t0 = x4.square();
        Fp2 t1 = x0.square();
        Fp2 t6 = x4.add(x0).square().sub(t0).sub(t1);
        Fp2 t2 = x2.square();
        Fp2 t3 = x3.square();
        Fp2 t7 = x2.add(x3).square().sub(t2).sub(t3);
        Fp2 t4 = x5.square();
        Fp2 t5 = x1.square();
        Fp2 t8 = x5.add(x1).square().sub(t4).sub(t5).mulByXi();
        t0 = t0.mulByXi().add(t1);
        t2 = t2.mulByXi().add(t3);
        t4 = t4.mulByXi().add(t5);
        Fp2 z0 = t0.sub(x0).dbl().add(t0);
        Fp2 z1 = t2.sub(x1).dbl().add(t2);
        Fp2 z2 = t4.sub(x2).dbl().add(t4);
        Fp2 z3 = t8.add(x3).dbl().add(t8);
        Fp2 z4 = t6.add(x4).dbl().add(t6);
        Fp2 z5 = t7.add(x5).dbl().add(t7);
        return new Fp12(new Fp6(z0, z1, z2), new Fp6(z3, z4, z5));
    }

    /**
     * {@code this · (l0 + l1·w + l3·w³)}, the shape of every Miller-loop line: thirteen F_p² multiplications instead
     * of eighteen.
     */
    Fp12 mulByLine(Fp2 l0, Fp2 l1, Fp2 l3) {
        Fp6 t0 = c0.mul(l0);
        Fp6 t1 = c1.mulBy01(l1, l3);
        Fp6 n1 = c0.add(c1).mulBy01(l0.add(l1), l3).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), n1);
    }

    /**
     * {@code this · (l0 + l1·w + l3·w³)(m0 + m1·w + m3·w³)}: the two lines multiplied together by Karatsuba (six
     * F_p² multiplications, w⁶ = ξ, no w⁵ term), then that into this (seventeen): 23 instead of 26 for two
     * {@link #mulByLine} calls.
     */
    Fp12 mulByLinePair(Fp2 l0, Fp2 l1, Fp2 l3, Fp2 m0, Fp2 m1, Fp2 m3) {
        // Unreduced products (Fp2x): each of p0, p1, p3, p4 is reduced once; ξ·c + a has parts in (−13p², 12p²).
        Fp2x a = Fp2x.mul(l0, m0), bx = Fp2x.mul(l1, m1), c = Fp2x.mul(l3, m3);
        Fp2x acc = Fp2x.mul(l0.add(l1), m0.add(m1)).sub(a).sub(bx);
        Fp2 p1 = acc.reduce();
        Fp2 p3 = acc.setMul(l0.add(l3), m0.add(m3)).sub(a).sub(c).reduce();
        Fp2 p4 = acc.setMul(l1.add(l3), m1.add(m3)).sub(bx).sub(c).reduce();
        Fp2 b = bx.reduce();
        Fp2 p0 = c.mulByXi().add(a).reduce();
        // In the F_p⁶ halves (v = w²): the product is (p0 + b·v + p4·v²) + (p1 + p3·v)·w.
        Fp6 q0 = new Fp6(p0, b, p4);
        Fp6 t0 = c0.mul(q0);
        Fp6 t1 = c1.mulBy01(p1, p3);
        Fp6 n1 = c0.add(c1).mul(new Fp6(p0.add(p1), b.add(p3), p4)).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), n1);
    }

    /** {@code this^(p⁶)}; the inverse for elements of the cyclotomic subgroup. */
    Fp12 conjugate() {
        return new Fp12(c0, c1.neg());
    }

    Fp12 inverse() {
        Fp6 t = c0.square().sub(c1.square().mulByV()).inverse();
        return new Fp12(c0.mul(t), c1.mul(t).neg());
    }

    /** {@code this^p}: conjugate each F_p² coefficient a_i and multiply it by γ_i. */
    Fp12 frobenius() {
        Fp6 n0 = new Fp6(c0.c0.conjugate(), c0.c1.conjugate().mul(GAMMA[2]), c0.c2.conjugate().mul(GAMMA[4]));
        Fp6 n1 = new Fp6(
                c1.c0.conjugate().mul(GAMMA[1]), c1.c1.conjugate().mul(GAMMA[3]), c1.c2.conjugate().mul(GAMMA[5]));
        return new Fp12(n0, n1);
    }

    /**
     * {@code this^k} for an element of the cyclotomic subgroup, k given as a width-4 NAF (odd digits up to ±7, least
     * significant first): odd powers precomputed, negative digits through the conjugate (the inverse there).
     */
    Fp12 cyclotomicPow(byte[] wnaf) {
        Fp12[] odd = new Fp12[4];
        odd[0] = this;
        Fp12 sq = cyclotomicSquare();
        for (int i = 1; i < 4; i++) odd[i] = odd[i - 1].mul(sq);
        Fp12 r = ONE;
        for (int i = wnaf.length - 1; i >= 0; i--) {
            r = r.cyclotomicSquare();
            int d = wnaf[i];
            if (d > 0) r = r.mul(odd[d >> 1]);
            else if (d < 0) r = r.mul(odd[-d >> 1].conjugate());
        }
        return r;
    }

    Fp12 pow(BigInteger e) {
        Fp12 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) r = r.mul(this);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp12 f && f.c0.equals(c0) && f.c1.equals(c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }
}
