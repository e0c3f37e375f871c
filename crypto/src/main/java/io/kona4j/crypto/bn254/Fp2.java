package io.kona4j.crypto.bn254;

import java.math.BigInteger;

/** F_p² = F_p[i]/(i² + 1): {@code c0 + c1·i}. Immutable. */
final class Fp2 {
    static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** ξ = 9 + i, the non-residue defining F_p⁶ and the sextic twist. */
    static final Fp2 XI = new Fp2(Fp.fromBigInteger(BigInteger.valueOf(9)), Fp.ONE);

    final Fp c0;
    final Fp c1;

    Fp2(Fp c0, Fp c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    Fp2 add(Fp2 y) {
        return new Fp2(c0.add(y.c0), c1.add(y.c1));
    }

    Fp2 sub(Fp2 y) {
        return new Fp2(c0.sub(y.c0), c1.sub(y.c1));
    }

    Fp2 dbl() {
        return new Fp2(c0.dbl(), c1.dbl());
    }

    Fp2 neg() {
        return new Fp2(c0.neg(), c1.neg());
    }

    Fp2 conjugate() {
        return new Fp2(c0, c1.neg());
    }

    /** Karatsuba: three base-field multiplications. */
    Fp2 mul(Fp2 y) {
        Fp a = c0.mul(y.c0);
        Fp b = c1.mul(y.c1);
        Fp s = c0.add(c1).mul(y.c0.add(y.c1));
        return new Fp2(a.sub(b), s.sub(a).sub(b));
    }

    Fp2 mul(Fp y) {
        return new Fp2(c0.mul(y), c1.mul(y));
    }

    Fp2 square() {
        Fp a = c0.add(c1).mul(c0.sub(c1));
        Fp b = c0.mul(c1);
        return new Fp2(a, b.dbl());
    }

    /** {@code this · ξ} = (9c0 − c1) + (c0 + 9c1)·i, by additions only. */
    Fp2 mulByXi() {
        Fp n0 = c0.dbl().dbl().dbl().add(c0);
        Fp n1 = c1.dbl().dbl().dbl().add(c1);
        return new Fp2(n0.sub(c1), c0.add(n1));
    }

    Fp2 inverse() {
        Fp t = c0.square().add(c1.square()).inverse();
        return new Fp2(c0.mul(t), c1.neg().mul(t));
    }

    Fp2 pow(BigInteger e) {
        Fp2 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) r = r.mul(this);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 f && f.c0.equals(c0) && f.c1.equals(c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }

    @Override
    public String toString() {
        return "(" + c0 + " + " + c1 + "i)";
    }
}
