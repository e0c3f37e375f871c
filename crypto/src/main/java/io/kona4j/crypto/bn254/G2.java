package io.kona4j.crypto.bn254;

import java.math.BigInteger;

/**
 * A point on BN254's sextic twist E': y² = x³ + 3/ξ over F_p², in Jacobian coordinates ({@code x = X/Z², y = Y/Z³};
 * Z = 0 is infinity). G2 is its order-r subgroup; points on E' outside it exist (the cofactor is large), hence
 * {@link #isInSubgroup}. Immutable.
 */
final class G2 {
    static final Fp2 B = new Fp2(G1.B, Fp.ZERO).mul(Fp2.XI.inverse());
    static final G2 INFINITY = new G2(Fp2.ONE, Fp2.ONE, Fp2.ZERO);
    /** The generator of EIP-197. */
    static final G2 GENERATOR = new G2(
            fp2("10857046999023057135944570762232829481370756359578518086990519993285655852781",
                    "11559732032986387107991004021392285783925812861821192530917403151452391805634"),
            fp2("8495653923123431417604973247489272438418190587263600148770280649306958101930",
                    "4082367875863433681332203403145435568316851327593401208105741076214120093531"),
            Fp2.ONE);
    /** The BN parameter u (p and r are polynomials in it). */
    static final BigInteger U = BigInteger.valueOf(4965661367192848881L);
    private static final byte[] U_NAF = Naf.of(U);
    /** ψ's coefficients: ξ^((p−1)/3) for x and ξ^((p−1)/2) for y. */
    static final Fp2 PSI_X = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    static final Fp2 PSI_Y = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).shiftRight(1));

    final Fp2 x;
    final Fp2 y;
    final Fp2 z;

    G2(Fp2 x, Fp2 y, Fp2 z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** An affine point; (0, 0) is the EIP-197 encoding of infinity. */
    static G2 affine(Fp2 x, Fp2 y) {
        return x.isZero() && y.isZero() ? INFINITY : new G2(x, y, Fp2.ONE);
    }

    boolean isInfinity() {
        return z.isZero();
    }

    /** Whether an affine (x, y) satisfies the curve equation. */
    static boolean isOnCurve(Fp2 x, Fp2 y) {
        return y.square().equals(x.square().mul(x).add(B));
    }

    /** dbl-2009-l (a = 0). */
    G2 dbl() {
        if (isInfinity()) return this;
        Fp2 a = x.square();
        Fp2 b = y.square();
        Fp2 c = b.square();
        Fp2 d = x.add(b).square().sub(a).sub(c).dbl();
        Fp2 e = a.dbl().add(a);
        Fp2 f = e.square();
        Fp2 x3 = f.sub(d.dbl());
        Fp2 y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        Fp2 z3 = y.mul(z).dbl();
        return new G2(x3, y3, z3);
    }

    /** add-2007-bl, falling back to doubling for equal points. */
    G2 add(G2 q) {
        if (isInfinity()) return q;
        if (q.isInfinity()) return this;
        Fp2 z1z1 = z.square();
        Fp2 z2z2 = q.z.square();
        Fp2 u1 = x.mul(z2z2);
        Fp2 u2 = q.x.mul(z1z1);
        Fp2 s1 = y.mul(q.z).mul(z2z2);
        Fp2 s2 = q.y.mul(z).mul(z1z1);
        Fp2 h = u2.sub(u1);
        Fp2 r = s2.sub(s1).dbl();
        if (h.isZero()) return r.isZero() ? dbl() : INFINITY;
        Fp2 i = h.dbl().square();
        Fp2 j = h.mul(i);
        Fp2 v = u1.mul(i);
        Fp2 x3 = r.square().sub(j).sub(v.dbl());
        Fp2 y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp2 z3 = z.add(q.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new G2(x3, y3, z3);
    }

    G2 neg() {
        return new G2(x, y.neg(), z);
    }

    /** {@code [k]this} for a non-negative k, by double-and-add. */
    G2 mul(BigInteger k) {
        G2 r = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = r.dbl();
            if (k.testBit(i)) r = r.add(this);
        }
        return r;
    }

    /**
     * The untwist-Frobenius-twist endomorphism ψ(x, y) = (x^p·ξ^((p−1)/3), y^p·ξ^((p−1)/2)); on G2 it acts as
     * multiplication by p. Frobenius is a field automorphism, so it applies to Jacobian coordinates directly.
     */
    G2 psi() {
        return new G2(x.conjugate().mul(PSI_X), y.conjugate().mul(PSI_Y), z.conjugate());
    }

    /**
     * Membership in the order-r subgroup by the test of Dai, Lin, Zhao and Zhou (ePrint 2022/348, as used for BN254
     * by Sanso and Liang): {@code [u+1]Q + ψ([u]Q) + ψ²([u]Q) = ψ³([2u]Q)}, valid since u ≢ 4 (mod 13) and
     * u ≢ 92 (mod 97). A 63-bit multiplication instead of a 254-bit one by r.
     */
    boolean isInSubgroup() {
        G2 uq = toAffinePoint().mulByU();
        G2 uqPsi = uq.psi();
        G2 lhs = uq.add(this).add(uqPsi).add(uqPsi.psi());
        G2 rhs = uq.dbl().psi().psi().psi();
        return lhs.sameAs(rhs);
    }

    /** {@code [u]this} for an affine point (Z = 1), by the NAF of u with mixed additions. */
    private G2 mulByU() {
        G2 neg = neg();
        G2 r = INFINITY;
        for (int i = U_NAF.length - 1; i >= 0; i--) {
            r = r.dbl();
            if (U_NAF[i] == 1) r = r.addAffine(this);
            else if (U_NAF[i] == -1) r = r.addAffine(neg);
        }
        return r;
    }

    /** madd-2007-bl: {@code this + q} for an affine q (Z = 1). */
    private G2 addAffine(G2 q) {
        if (isInfinity()) return q;
        Fp2 z1z1 = z.square();
        Fp2 u2 = q.x.mul(z1z1);
        Fp2 s2 = q.y.mul(z).mul(z1z1);
        Fp2 h = u2.sub(x);
        Fp2 r = s2.sub(y).dbl();
        if (h.isZero()) return r.isZero() ? dbl() : INFINITY;
        Fp2 hh = h.square();
        Fp2 i = hh.dbl().dbl();
        Fp2 j = h.mul(i);
        Fp2 v = x.mul(i);
        Fp2 x3 = r.square().sub(j).sub(v.dbl());
        Fp2x yj = Fp2x.mul(y, j);
        Fp2 y3 = Fp2x.mul(r, v.sub(x3)).sub(yj).sub(yj).reduce();
        Fp2 z3 = z.add(h).square().sub(z1z1).sub(hh);
        return new G2(x3, y3, z3);
    }

    private G2 toAffinePoint() {
        if (isInfinity() || z.equals(Fp2.ONE)) return this;
        Fp2[] a = toAffine();
        return new G2(a[0], a[1], Fp2.ONE);
    }

    private static Fp2 fp2(String re, String im) {
        return new Fp2(Fp.fromBigInteger(new BigInteger(re)), Fp.fromBigInteger(new BigInteger(im)));
    }

    /** The affine coordinates (x, y); infinity gives (0, 0). */
    Fp2[] toAffine() {
        if (isInfinity()) return new Fp2[] {Fp2.ZERO, Fp2.ZERO};
        Fp2 zi = z.inverse();
        Fp2 zi2 = zi.square();
        return new Fp2[] {x.mul(zi2), y.mul(zi2).mul(zi)};
    }

    /** Projective equality. */
    boolean sameAs(G2 q) {
        if (isInfinity() || q.isInfinity()) return isInfinity() && q.isInfinity();
        Fp2 z1z1 = z.square();
        Fp2 z2z2 = q.z.square();
        return x.mul(z2z2).equals(q.x.mul(z1z1)) && y.mul(z2z2).mul(q.z).equals(q.y.mul(z1z1).mul(z));
    }
}
