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

    Fp6 mul(Fp6 y) {
        Fp2 v0 = c0.mul(y.c0);
        Fp2 v1 = c1.mul(y.c1);
        Fp2 v2 = c2.mul(y.c2);
        Fp2 r0 = c1.add(c2).mul(y.c1.add(y.c2)).sub(v1).sub(v2).mulByXi().add(v0);
        Fp2 r1 = c0.add(c1).mul(y.c0.add(y.c1)).sub(v0).sub(v1).add(v2.mulByXi());
        Fp2 r2 = c0.add(c2).mul(y.c0.add(y.c2)).sub(v0).sub(v2).add(v1);
        return new Fp6(r0, r1, r2);
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

    /** Multiplication by the sparse element b0 + b1·v. */
    Fp6 mulBy01(Fp2 b0, Fp2 b1) {
        Fp2 v0 = c0.mul(b0);
        Fp2 v1 = c1.mul(b1);
        Fp2 r0 = c2.mul(b1).mulByXi().add(v0);
        Fp2 r1 = b0.add(b1).mul(c0.add(c1)).sub(v0).sub(v1);
        Fp2 r2 = c2.mul(b0).add(v1);
        return new Fp6(r0, r1, r2);
    }

    /** Multiplication by the sparse element b1·v + b2·v² (Karatsuba on the two nonzero coefficients: five products). */
    Fp6 mulBy12(Fp2 b1, Fp2 b2) {
        Fp2 t1 = c1.mul(b1);
        Fp2 t2 = c2.mul(b2);
        Fp2 m = c1.add(c2).mul(b1.add(b2)).sub(t1).sub(t2);
        return new Fp6(m.mulByXi(), c0.mul(b1).add(t2.mulByXi()), c0.mul(b2).add(t1));
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
