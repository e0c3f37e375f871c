package io.kona4j.crypto.bn254;

/** F_p⁶ = F_p²[v]/(v³ − ξ): {@code c0 + c1·v + c2·v²}. Immutable. */
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

    boolean isZero() {
        return c0.isZero() && c1.isZero() && c2.isZero();
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
     * Karatsuba over the cubic extension with lazy reduction: six unreduced F_p² products (no reduction), combined in
     * double precision, eight Montgomery reductions instead of twelve. Bounds (units of p², see {@link Fp2x}): every
     * product has parts in (−1, 2); {@code c0·y1 + c1·y0} and its kin in (−2, 4); ξ·t2 in (−12, 10), so
     * {@code n1} stays in (−14, 14) and {@code n2} in (−3, 6). The ξ-multiple in {@code n0} would not fit (ξ times a
     * sum of two products), so its factor is reduced first, multiplied by ξ in F_p² and added back (below 5.3p²,
     * {@link Fp2x#addReduced}): {@code n0} in (−1, 8).
     */
    Fp6 mul(Fp6 y) {
        Fp2x t0 = Fp2x.mul(c0, y.c0);
        Fp2x t1 = Fp2x.mul(c1, y.c1);
        Fp2x t2 = Fp2x.mul(c2, y.c2);
        // One accumulator for the three Karatsuba cross products; t2 and t0 are consumed last.
        Fp2x acc = Fp2x.mul(c0.add(c2), y.c0.add(y.c2)).sub(t0).sub(t2).add(t1);
        Fp2 n2 = acc.reduce();
        Fp2 xiX = acc.setMul(c1.add(c2), y.c1.add(y.c2)).sub(t1).sub(t2).reduce().mulByXi();
        Fp2 n1 = acc.setMul(c0.add(c1), y.c0.add(y.c1)).sub(t0).sub(t1).add(t2.mulByXi()).reduce();
        Fp2 n0 = t0.addReduced(xiX).reduce();
        return new Fp6(n0, n1, n2);
    }

    /**
     * {@code this · (b0 + b1·v)}: five unreduced F_p² products, six reductions. Bounds as in {@link #mul(Fp6)}:
     * {@code n0} = ξ·c2·b1 + c0·b0 in (−13, 12), {@code n1} in (−2, 4), {@code n2} in (−2, 4).
     */
    Fp6 mulBy01(Fp2 b0, Fp2 b1) {
        Fp2x t0 = Fp2x.mul(c0, b0);
        Fp2x t1 = Fp2x.mul(c1, b1);
        Fp2x acc = Fp2x.mul(c0.add(c1), b0.add(b1)).sub(t0).sub(t1);
        Fp2 n1 = acc.reduce();
        Fp2 n2 = acc.setMul(c2, b0).add(t1).reduce();
        Fp2 n0 = acc.setMul(c2, b1).mulByXi().add(t0).reduce();
        return new Fp6(n0, n1, n2);
    }

    Fp6 mul(Fp2 b0) {
        return new Fp6(c0.mul(b0), c1.mul(b0), c2.mul(b0));
    }

    Fp6 square() {
        return mul(this);
    }

    /** {@code this · v} = ξ·c2 + c0·v + c1·v². */
    Fp6 mulByV() {
        return new Fp6(c2.mulByXi(), c0, c1);
    }

    Fp6 inverse() {
        Fp2 a = c0.square().sub(c1.mul(c2).mulByXi());
        Fp2 b = c2.square().mulByXi().sub(c0.mul(c1));
        Fp2 c = c1.square().sub(c0.mul(c2));
        Fp2 f = c0.mul(a).add(c2.mul(b).add(c1.mul(c)).mulByXi()).inverse();
        return new Fp6(a.mul(f), b.mul(f), c.mul(f));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp6 f && f.c0.equals(c0) && f.c1.equals(c1) && f.c2.equals(c2);
    }

    @Override
    public int hashCode() {
        return (c0.hashCode() * 31 + c1.hashCode()) * 31 + c2.hashCode();
    }
}
