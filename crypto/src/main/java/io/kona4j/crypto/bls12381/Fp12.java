package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/** An element c0 + c1·w of F_p¹² = F_p⁶[w]/(w² − v), immutable; the pairing's target group lives here. */
final class Fp12 {
    static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /** Frobenius coefficients γ_k = ξ^(k(p−1)/6) for the basis element w^k, k = 0..5. */
    private static final Fp2[] GAMMA = new Fp2[6];

    static {
        Fp2 xi = Fp2.ONE.mulByXi();
        BigInteger e = Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        for (int k = 0; k < 6; k++) {
            GAMMA[k] = xi.pow(e.multiply(BigInteger.valueOf(k)));
        }
    }

    final Fp6 c0;
    final Fp6 c1;

    Fp12(Fp6 c0, Fp6 c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    /**
     * Karatsuba over F_p⁶ with lazy reduction at this level: the three F_p⁶ products stay unreduced
     * ({@link Fp6#mulWide}) and each of the six output coefficients is reduced once, twelve Montgomery reductions
     * instead of eighteen. Bounds (units of p², from those of {@link Fp6#mulWide}): the w coefficients
     * (a0 + a1)(b0 + b1) − a0b0 − a1b1 lie in (−22, 20) × (−21, 21) at worst, the constant ones a0b0 + v·a1b1 in
     * (−14, 16) × (−15, 15): inside the ±29.5 of {@link Fp2x#reduceWide}.
     */
    Fp12 mul(Fp12 y) {
        Fp2x[] x = scratch();
        Fp6.mulWide(c0, y.c0, x[0], x[1], x[2], x[9], x[10], x[11]);
        Fp6.mulWide(c1, y.c1, x[3], x[4], x[5], x[9], x[10], x[11]);
        Fp6.mulWide(c0.add(c1), y.c0.add(y.c1), x[6], x[7], x[8], x[9], x[10], x[11]);
        return combine(x);
    }

    /** Twelve fresh accumulators: three F_p⁶ products (nine coefficients) and three scratch values. */
    private static Fp2x[] scratch() {
        Fp2x[] x = new Fp2x[12];
        for (int i = 0; i < 12; i++) {
            x[i] = new Fp2x();
        }
        return x;
    }

    /**
     * With aa = x[0..2], bb = x[3..5] and the product of the sums in x[6..8]: (aa + v·bb) + (sums − aa − bb)·w,
     * each coefficient reduced once.
     */
    private static Fp12 combine(Fp2x[] x) {
        Fp2 r10 = x[6].subSub(x[0], x[3]).reduceWide();
        Fp2 r11 = x[7].subSub(x[1], x[4]).reduceWide();
        Fp2 r12 = x[8].subSub(x[2], x[5]).reduceWide();
        Fp2 r00 = x[0].addMulByXi(x[5]).reduceWide();
        Fp2 r01 = x[1].add(x[3]).reduceWide();
        Fp2 r02 = x[2].add(x[4]).reduceWide();
        return new Fp12(new Fp6(r00, r01, r02), new Fp6(r10, r11, r12));
    }

    Fp12 square() {
        Fp6 ab = c0.mul(c1);
        Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(ab).sub(ab.mulByV());
        return new Fp12(r0, ab.add(ab));
    }

    Fp12 conjugate() {
        return new Fp12(c0, c1.neg());
    }

    Fp12 inverse() {
        Fp6 t = c0.square().sub(c1.square().mulByV()).inverse();
        return new Fp12(c0.mul(t), c1.mul(t).neg());
    }

    /** Multiplication by the sparse line value d0 + d1·w² + d4·w³ (positions 0, 1 and 4 of the Fp2 coefficients). */
    Fp12 mulBy014(Fp2 d0, Fp2 d1, Fp2 d4) {
        Fp6 aa = c0.mulBy01(d0, d1);
        Fp6 bb = c1.mulBy1(d4);
        Fp6 r1 = c1.add(c0).mulBy01(d0, d1.add(d4)).sub(aa).sub(bb);
        return new Fp12(bb.mulByV().add(aa), r1);
    }

    /**
     * The product of two sparse line values d0 + d1·w² + d4·w³ and e0 + e1·w² + e4·w³ (the layout of
     * {@link #mulBy014}): with w² = v and v³ = ξ it is (d0e0 + ξd4e4) + (d0e1 + d1e0)·v + d1e1·v² + ((d0e4 + d4e0)·v
     * + (d1e4 + d4e1)·v²)·w, six F_p² products by Karatsuba. Its coefficient at w is zero, which
     * {@link #mulByLineProduct} uses.
     */
    static Fp12 lineProduct(Fp2 d0, Fp2 d1, Fp2 d4, Fp2 e0, Fp2 e1, Fp2 e4) {
        // Lazy reduction: five reduced outputs from six unreduced products. Bounds in units of p² (see Fp2x): the
        // Karatsuba cross terms lie in (−3, 3) × (−4, 2), ξ·p44 + p00 in (−4, 2) × (−1, 5).
        Fp2x p00 = Fp2x.mul(d0, e0);
        Fp2x p11 = Fp2x.mul(d1, e1);
        Fp2x p44 = Fp2x.mul(d4, e4);
        Fp2x acc = new Fp2x().setMulSum(d0, d1, e0, e1).subSub(p00, p11);
        Fp2 x01 = acc.reduce();
        Fp2 y1 = acc.setMulSum(d0, d4, e0, e4).subSub(p00, p44).reduce();
        Fp2 y2 = acc.setMulSum(d1, d4, e1, e4).subSub(p11, p44).reduce();
        Fp2 x00 = p44.mulByXiAdd(p00).reduce();
        return new Fp12(new Fp6(x00, x01, p11.reduce()), new Fp6(Fp2.ZERO, y1, y2));
    }

    /** Multiplication by a value whose c1 has a zero constant coefficient, as {@link #lineProduct} returns. */
    Fp12 mulByLineProduct(Fp12 s) {
        // As mul, with the sparse second F_p⁶ product; its bounds are smaller (Fp6#mulBy12), so the w coefficients lie
        // in (−21, 19) × (−19, 21) and the constant ones in (−12, 10) × (−9, 13) at worst (units of p²).
        Fp2x[] x = scratch();
        Fp6.mulWide(c0, s.c0, x[0], x[1], x[2], x[9], x[10], x[11]);
        Fp6.mulBy12Wide(c1, s.c1.c1, s.c1.c2, x[3], x[4], x[5], x[9], x[10]);
        Fp6.mulWide(c0.add(c1), s.c0.add(s.c1), x[6], x[7], x[8], x[9], x[10], x[11]);
        return combine(x);
    }

    /** x ↦ x^p. */
    Fp12 frobenius() {
        Fp6 a = new Fp6(c0.c0.conjugate(), c0.c1.conjugate().mul(GAMMA[2]), c0.c2.conjugate().mul(GAMMA[4]));
        Fp6 b = new Fp6(c1.c0.conjugate().mul(GAMMA[1]), c1.c1.conjugate().mul(GAMMA[3]),
                c1.c2.conjugate().mul(GAMMA[5]));
        return new Fp12(a, b);
    }

    /**
     * Squaring for elements of the cyclotomic subgroup (norm 1 over F_p⁶, as after the easy part of the final
     * exponentiation): Granger–Scott, "Faster squaring in the cyclotomic subgroup of sixth degree extensions",
     * viewing the element as three F_p⁴ = F_p²[w³] components.
     */
    Fp12 cyclotomicSquare() {
        Fp2 z0 = c0.c0, z4 = c0.c1, z3 = c0.c2, z2 = c1.c0, z1 = c1.c1, z5 = c1.c2;
        Fp2x t0 = new Fp2x(), t1 = new Fp2x(), acc = new Fp2x();
        Fp2[] sq = new Fp2[6];
        fp4Square(z0, z1, t0, t1, acc, sq, 0);
        fp4Square(z2, z3, t0, t1, acc, sq, 2);
        fp4Square(z4, z5, t0, t1, acc, sq, 4);
        Fp2 n0 = sq[0].tripleSubTwice(z0);
        Fp2 n1 = sq[1].tripleAddTwice(z1);
        Fp2 n4 = sq[2].tripleSubTwice(z4);
        Fp2 n5 = sq[3].tripleAddTwice(z5);
        Fp2 t = sq[5].mulByXi();
        Fp2 n2 = t.tripleAddTwice(z2);
        Fp2 n3 = sq[4].tripleSubTwice(z3);
        return new Fp12(new Fp6(n0, n4, n3), new Fp6(n2, n1, n5));
    }

    /**
     * (a + b·s)² in F_p²[s]/(s² − ξ) into out[off] (constant term) and out[off + 1], with lazy reduction: three
     * unreduced squares (parts in [0, 2)·p², see {@link Fp2x#setSquare}), four Montgomery reductions instead of six.
     * Bounds: ξ·b² + a² in (−2, 4) × [0, 6), (a + b)² − a² − b² in (−4, 2) × (−4, 2). t0, t1 and acc are scratch.
     */
    private static void fp4Square(Fp2 a, Fp2 b, Fp2x t0, Fp2x t1, Fp2x acc, Fp2[] out, int off) {
        t0.setSquare(a);
        t1.setSquare(b);
        out[off + 1] = acc.setSquareSum(a, b).subSub(t0, t1).reduce();
        out[off] = t1.mulByXiAdd(t0).reduce();
    }

    /** Runs of at least this many squarings go through the compressed form (a decompression costs an inversion). */
    private static final int COMPRESSED_RUN = 12;

    /**
     * x^|z| for a cyclotomic element, |z| = 0xd201000000010000 the BLS parameter's absolute value: square and
     * multiply, with the two long runs of squarings (32 and 16) done by {@link #compressedSquarings}.
     */
    Fp12 cyclotomicPowAbsZ() {
        Fp12 r = this;
        int i = 62;
        while (i >= 0) {
            int next = i;
            while (next >= 0 && ((Bls12381Params.Z_ABS >>> next) & 1) == 0) {
                next--;
            }
            // One squaring per bit from i down to the next set bit (or to bit 0), then a multiplication.
            int run = next >= 0 ? i - next + 1 : i + 1;
            Fp12 s = run >= COMPRESSED_RUN ? r.compressedSquarings(run) : null;
            r = s != null ? s : r.cyclotomicSquarings(run);
            if (next >= 0) {
                r = r.mul(this);
            }
            i = next - 1;
        }
        return r;
    }

    /** {@code this^(2^n)} for a cyclotomic element by n plain cyclotomic squarings. */
    private Fp12 cyclotomicSquarings(int n) {
        Fp12 r = this;
        for (int k = 0; k < n; k++) {
            r = r.cyclotomicSquare();
        }
        return r;
    }

    /**
     * {@code this^(2^n)} for a cyclotomic element by Karabina's compressed squaring ("Squaring in cyclotomic
     * subgroups", Math. Comp. 2013): with the element as g0 + g1·v + g2·v² + (g3 + g4·v + g5·v²)·w, the squaring
     * formulas for g1, g2, g3 and g5 (those of {@link #cyclotomicSquare}) do not involve g0 or g4, so n squarings
     * carry only those four coefficients (six F_p² squarings each instead of nine). Afterwards g4 = (ξg5² + 3g1² −
     * 2g2)/(4g3) and g0 = ξ(2g4² + g3g5 − 3g1g2) + 1 are recovered from the norm condition. Null when g3 ends up zero
     * (the caller then squares the plain way); the caller's tests compare both paths.
     */
    Fp12 compressedSquarings(int n) {
        if (c1.isZero()) {
            // In the cyclotomic subgroup only the identity has c1 = 0, and it stays so: g3 would end up zero.
            return null;
        }
        Fp2 g1 = c0.c1, g2 = c0.c2, g3 = c1.c0, g5 = c1.c2;
        Fp2x t0 = new Fp2x(), t1 = new Fp2x(), acc = new Fp2x();
        Fp2[] sq = new Fp2[4];
        for (int k = 0; k < n; k++) {
            // (g1 + g5·s)² and (g3 + g2·s)² in F_p²[s]/(s² − ξ), as in cyclotomicSquare.
            fp4Square(g1, g5, t0, t1, acc, sq, 0);
            fp4Square(g3, g2, t0, t1, acc, sq, 2);
            Fp2 a0 = sq[0], a1 = sq[1], b0 = sq[2], b1 = sq[3];
            Fp2 t = a1.mulByXi();
            Fp2 n1 = b0.tripleSubTwice(g1);
            Fp2 n2 = a0.tripleSubTwice(g2);
            Fp2 n3 = t.tripleAddTwice(g3);
            Fp2 n5 = b1.tripleAddTwice(g5);
            g1 = n1;
            g2 = n2;
            g3 = n3;
            g5 = n5;
        }
        if (g3.isZero()) {
            return null;
        }
        Fp2 g1sq = g1.square();
        Fp2 num = g5.square().mulByXi().add(g1sq.dbl()).add(g1sq).sub(g2.dbl());
        Fp2 g4 = num.mul(g3.dbl().dbl().inverse());
        Fp2 g1g2 = g1.mul(g2);
        Fp2 g0 = g4.square().dbl().add(g3.mul(g5)).sub(g1g2.dbl()).sub(g1g2).mulByXi().add(Fp2.ONE);
        return new Fp12(new Fp6(g0, g1, g2), new Fp6(g3, g4, g5));
    }

    boolean isOne() {
        return equals(ONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp12 y && c0.equals(y.c0) && c1.equals(y.c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }
}
