package io.kona4j.crypto.bls12381;

/** An element c0 + c1·v + c2·v² of F_p⁶ = F_p²[v]/(v³ − ξ), immutable. */
final class Fp6 {
    static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
    static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

    final Fp2 c0;
    final Fp2 c1;
    final Fp2 c2;

    Fp6(Fp2 c0, Fp2 c1, Fp2 c2) {
        this.c0 = c0;
        this.c1 = c1;
        this.c2 = c2;
    }

    Fp6 add(Fp6 y) {
        return new Fp6(c0.add(y.c0), c1.add(y.c1), c2.add(y.c2));
    }

    Fp6 sub(Fp6 y) {
        return new Fp6(c0.sub(y.c0), c1.sub(y.c1), c2.sub(y.c2));
    }

    Fp6 neg() {
        return new Fp6(c0.neg(), c1.neg(), c2.neg());
    }

    /**
     * Karatsuba over the cubic extension with lazy reduction: six unreduced F_p² products ({@link Fp2x}), combined in
     * double precision, then six Montgomery reductions instead of twelve. Bounds in units of p² (a product has parts
     * in (−1, 1) and [0, 2)): a Karatsuba cross term such as (c0 + c2)(y0 + y2) − t0 − t2 has parts in (−3, 3) and
     * (−4, 2); so n2 (cross + t1) lies in (−4, 4) × (−4, 4), ξ·cross in (−5, 7) × (−7, 5) and n0 = ξ·cross + t0 in
     * (−6, 8) × (−7, 7), ξ·t2 in (−3, 1) × (−1, 3) and n1 in (−6, 4) × (−5, 5): all inside the ±9.84 that
     * {@link Fp2x#reduce} accepts.
     */
    Fp6 mul(Fp6 y) {
        Fp2x n0 = new Fp2x(), n1 = new Fp2x(), n2 = new Fp2x();
        mulWide(this, y, n0, n1, n2, new Fp2x(), new Fp2x(), new Fp2x());
        return new Fp6(n0.reduce(), n1.reduce(), n2.reduce());
    }

    /**
     * The coefficients of a·b unreduced into n0, n1, n2, with the bounds of {@link #mul(Fp6)}: n0 in (−6, 8) ×
     * (−7, 7), n1 in (−6, 4) × (−5, 5), n2 in (−4, 4) × (−4, 4), units of p²; t0, t1, t2 are scratch.
     */
    static void mulWide(Fp6 a, Fp6 b, Fp2x n0, Fp2x n1, Fp2x n2, Fp2x t0, Fp2x t1, Fp2x t2) {
        t0.setMul(a.c0, b.c0);
        t1.setMul(a.c1, b.c1);
        t2.setMul(a.c2, b.c2);
        n2.setMulSum(a.c0, a.c2, b.c0, b.c2).subSub(t0, t2).add(t1);
        n0.setMulSum(a.c1, a.c2, b.c1, b.c2).subSub(t1, t2).mulByXiAdd(t0);
        n1.setMulSum(a.c0, a.c1, b.c0, b.c1).subSub(t0, t1).addMulByXi(t2);
    }

    /** Chung–Hasan squaring (SQR2). */
    Fp6 square() {
        Fp2 s0 = c0.square();
        Fp2 s1 = c0.mul(c1).dbl();
        Fp2 s2 = c0.sub(c1).add(c2).square();
        Fp2 s3 = c1.mul(c2).dbl();
        Fp2 s4 = c2.square();
        return new Fp6(s3.mulByXi().add(s0), s4.mulByXi().add(s1), s1.add(s2).add(s3).sub(s0).sub(s4));
    }

    /** Multiplication by v: (c0, c1, c2) → (ξ·c2, c0, c1). */
    Fp6 mulByV() {
        return new Fp6(c2.mulByXi(), c0, c1);
    }

    /**
     * Multiplication by the sparse element b0 + b1·v: five unreduced products, six reductions. Bounds (units of p², as
     * in {@link #mul(Fp6)}): r1 = cross in (−3, 3) × (−4, 2), r2 = c2·b0 + t1 in (−2, 2) × [0, 4), r0 = ξ·c2·b1 + t0
     * in (−4, 2) × (−1, 5).
     */
    Fp6 mulBy01(Fp2 b0, Fp2 b1) {
        Fp2x t0 = Fp2x.mul(c0, b0);
        Fp2x t1 = Fp2x.mul(c1, b1);
        Fp2x acc = new Fp2x().setMulSum(b0, b1, c0, c1).subSub(t0, t1);
        Fp2 r1 = acc.reduce();
        Fp2 r2 = acc.setMul(c2, b0).add(t1).reduce();
        Fp2 r0 = acc.setMul(c2, b1).mulByXiAdd(t0).reduce();
        return new Fp6(r0, r1, r2);
    }

    /**
     * Multiplication by the sparse element b1·v + b2·v² (Karatsuba on the two nonzero coefficients: five unreduced
     * products, six reductions). Bounds (units of p²): r0 = ξ·cross in (−5, 7) × (−7, 5), r1 = c0·b1 + ξ·t2 in
     * (−4, 2) × (−1, 5), r2 = c0·b2 + t1 in (−2, 2) × [0, 4).
     */
    Fp6 mulBy12(Fp2 b1, Fp2 b2) {
        Fp2x n0 = new Fp2x(), n1 = new Fp2x(), n2 = new Fp2x();
        mulBy12Wide(this, b1, b2, n0, n1, n2, new Fp2x(), new Fp2x());
        return new Fp6(n0.reduce(), n1.reduce(), n2.reduce());
    }

    /** a·(b1·v + b2·v²) unreduced into n0, n1, n2, with the bounds of {@link #mulBy12}; t1, t2 are scratch. */
    static void mulBy12Wide(Fp6 a, Fp2 b1, Fp2 b2, Fp2x n0, Fp2x n1, Fp2x n2, Fp2x t1, Fp2x t2) {
        t1.setMul(a.c1, b1);
        t2.setMul(a.c2, b2);
        n0.setMulSum(a.c1, a.c2, b1, b2).subSub(t1, t2).mulByXi();
        n2.setMul(a.c0, b2).add(t1);
        n1.setMul(a.c0, b1).addMulByXi(t2);
    }

    /** Multiplication by the sparse element b1·v. */
    Fp6 mulBy1(Fp2 b1) {
        return new Fp6(c2.mul(b1).mulByXi(), c0.mul(b1), c1.mul(b1));
    }

    Fp6 mul(Fp2 s) {
        return new Fp6(c0.mul(s), c1.mul(s), c2.mul(s));
    }

    Fp6 inverse() {
        Fp2 t0 = c0.square().sub(c1.mul(c2).mulByXi());
        Fp2 t1 = c2.square().mulByXi().sub(c0.mul(c1));
        Fp2 t2 = c1.square().sub(c0.mul(c2));
        Fp2 d = c0.mul(t0).add(c2.mul(t1).add(c1.mul(t2)).mulByXi()).inverse();
        return new Fp6(t0.mul(d), t1.mul(d), t2.mul(d));
    }

    boolean isZero() {
        return c0.isZero() && c1.isZero() && c2.isZero();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp6 y && c0.equals(y.c0) && c1.equals(y.c1) && c2.equals(y.c2);
    }

    @Override
    public int hashCode() {
        return (c0.hashCode() * 31 + c1.hashCode()) * 31 + c2.hashCode();
    }
}
