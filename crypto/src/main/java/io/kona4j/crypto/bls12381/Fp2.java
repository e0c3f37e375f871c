package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/** An element c0 + c1·u of F_p² = F_p[u]/(u² + 1), immutable. The sextic non-residue of the tower is ξ = 1 + u. */
public final class Fp2 {
    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    static final Fp2 U = new Fp2(Fp.ZERO, Fp.ONE);

    private static final BigInteger P = Fp.MODULUS;
    private static final BigInteger P_MINUS_3_DIV_4 = P.subtract(BigInteger.valueOf(3)).shiftRight(2);
    private static final BigInteger P_MINUS_1_DIV_2 = P.subtract(BigInteger.ONE).shiftRight(1);
    private static final Fp2 MINUS_ONE = ONE.neg();

    public final Fp c0;
    public final Fp c1;

    public Fp2(Fp c0, Fp c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    static Fp2 hex(String c0, String c1) {
        return new Fp2(Fp.hex(c0), Fp.hex(c1));
    }

    public Fp2 add(Fp2 y) {
        return new Fp2(c0.add(y.c0), c1.add(y.c1));
    }

    public Fp2 sub(Fp2 y) {
        return new Fp2(c0.sub(y.c0), c1.sub(y.c1));
    }

    public Fp2 dbl() {
        return new Fp2(c0.dbl(), c1.dbl());
    }

    public Fp2 neg() {
        return new Fp2(c0.neg(), c1.neg());
    }

    public Fp2 conjugate() {
        return new Fp2(c0, c1.neg());
    }

    public Fp2 mul(Fp2 y) {
        Fp v0 = c0.mul(y.c0);
        Fp v1 = c1.mul(y.c1);
        Fp m = c0.add(c1).mul(y.c0.add(y.c1));
        return new Fp2(v0.sub(v1), m.sub(v0).sub(v1));
    }

    public Fp2 mul(Fp y) {
        return new Fp2(c0.mul(y), c1.mul(y));
    }

    public Fp2 square() {
        Fp a = c0.add(c1).mul(c0.sub(c1));
        Fp b = c0.mul(c1);
        return new Fp2(a, b.dbl());
    }

    /** Multiplication by ξ = 1 + u. */
    public Fp2 mulByXi() {
        return new Fp2(c0.sub(c1), c0.add(c1));
    }

    public boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    public Fp2 inverse() {
        Fp t = c0.square().add(c1.square()).inverse();
        return new Fp2(c0.mul(t), c1.mul(t).neg());
    }

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

    /** Whether this is a square in F_p²: exactly when its norm c0² + c1² is a square in F_p. */
    public boolean isSquare() {
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
        int sign0 = c0.sgn0();
        int zero0 = c0.isZero() ? 1 : 0;
        return sign0 | (zero0 & c1.sgn0());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 y && c0.equals(y.c0) && c1.equals(y.c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }

    @Override
    public String toString() {
        return "(" + c0 + ", " + c1 + ")";
    }
}
