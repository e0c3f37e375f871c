package io.kona4j.crypto.bls12381;

/**
 * The optimal ate pairing of BLS12-381: a Miller loop over |z| = 0xd201000000010000 with the G2 argument on the
 * M-type twist (lines in Jacobian coordinates, after Costello–Lange–Naehrig and Aranha et al.), shared by all pairs
 * of a multi-pairing, then one final exponentiation. The hard part uses the decomposition
 * 3(p⁴ − p² + 1)/r = (z − 1)²(z + p)(z² + p² − 1) + 3 (Hayashida–Hayasaka–Teruya), so {@link #pair} returns the
 * third power of the textbook pairing: still non-degenerate and bilinear, and the same for every check of the form
 * ∏ e(Pᵢ, Qᵢ) = 1.
 */
public final class Pairing {
    private Pairing() {}

    /**
     * The line coefficients of one G2 point for every step of the Miller loop, computed once (the argument is fixed
     * in KZG verification, so it pays to keep them).
     */
    public static final class Prepared {
        /** Triples (l0, l1, l4) per step; the line at P is l0 + (l1·x_P)·w² + (l4·y_P)·w³. */
        final Fp2[] coefficients;
        final boolean infinity;

        private Prepared(Fp2[] coefficients, boolean infinity) {
            this.coefficients = coefficients;
            this.infinity = infinity;
        }
    }

    /** Prepares a point of G2 (the caller has checked it is on the twist and in the subgroup). */
    public static Prepared prepare(G2Point q) {
        if (q.isInfinity()) {
            return new Prepared(new Fp2[0], true);
        }
        G2Point a = q.toAffine();
        Fp2 xq = a.x, yq = a.y;
        Fp2[] c = new Fp2[3 * (63 + Long.bitCount(Bls12381Params.Z_ABS) - 1)];
        int n = 0;
        // T in homogeneous projective coordinates (x = X/Z, y = Y/Z) on the twist y² = x³ + b', b' = 4ξ.
        Fp2 tx = xq, ty = yq, tz = Fp2.ONE;
        Fp2x acc = new Fp2x(), t = new Fp2x();
        for (int i = 62; i >= 0; i--) {
            // Doubling step (Costello–Lange–Naehrig's projective formulas for a = 0, scaled by 4 to avoid halving):
            // with B = Y², E = 3b'Z², H = 2YZ: X3 = 2XY(B − 3E), Y3 = (B + 3E)² − 12E², Z3 = 4BH. The tangent
            // line y_P − y − (3x²/2y)(x_P − x), times 2y·Z² (a factor in F_p², which the final exponentiation maps
            // to 1, as it did the Jacobian form's 2y·Z⁶), is (B − E) − 3X²·x_P + H·y_P, since the curve equation
            // turns 3x³ − 2y² into y² − 3b'.
            Fp2 xx = tx.square();
            Fp2 bb = ty.square();
            Fp2 cc = tz.square();
            Fp2 e = times12(cc.mulByXi());
            Fp2 h = ty.add(tz).square().sub(bb).sub(cc);
            Fp2 f = e.dbl().add(e);
            Fp2 x3 = tx.mul(ty).mul(bb.sub(f)).dbl();
            // (B + 3E)² − 3(2E)² unreduced: parts in (−6, 2)·p², one reduction (see Fp2x).
            t.setSquare(e.dbl());
            Fp2 y3 = acc.setSquare(bb.add(f)).subSub(t, t).sub(t).reduce();
            Fp2 z3 = bb.mul(h).dbl().dbl();
            c[n++] = bb.sub(e);
            c[n++] = xx.dbl().add(xx).neg();
            c[n++] = h;
            tx = x3;
            ty = y3;
            tz = z3;
            if (((Bls12381Params.Z_ABS >>> i) & 1) != 0) {
                // Mixed addition step T + Q: θ = Y − y_Q·Z, λ = X − x_Q·Z, D = λ², E = λ³, G = X·D,
                // H = E + Z·θ² − 2G; X3 = λH, Y3 = θ(G − H) − Y·E, Z3 = Z·E. The line through T and Q at P, times
                // λ = Z(x − x_Q) (in F_p²), is (θ·x_Q − λ·y_Q) − θ·x_P + λ·y_P.
                Fp2 theta = ty.sub(yq.mul(tz));
                Fp2 lambda = tx.sub(xq.mul(tz));
                Fp2 dd = lambda.square();
                Fp2 ee = lambda.mul(dd);
                Fp2 gg = tx.mul(dd);
                Fp2 hh = ee.add(tz.mul(theta.square())).sub(gg.dbl());
                // Differences of two products: parts in (−2, 2)·p².
                Fp2 ay3 = acc.setMul(theta, gg.sub(hh)).sub(t.setMul(ty, ee)).reduce();
                c[n++] = acc.setMul(theta, xq).sub(t.setMul(lambda, yq)).reduce();
                c[n++] = theta.neg();
                c[n++] = lambda;
                tx = lambda.mul(hh);
                ty = ay3;
                tz = tz.mul(ee);
            }
        }
        return new Prepared(c, false);
    }

    /** 12·x by additions. */
    private static Fp2 times12(Fp2 x) {
        Fp2 x4 = x.dbl().dbl();
        return x4.dbl().add(x4);
    }

    /** The Miller loop value ∏ f_{|z|,Qᵢ}(Pᵢ), conjugated for the negative z; pairs with infinity contribute 1. */
    static Fp12 millerLoop(G1Point[] ps, Prepared[] qs) {
        int m = 0;
        Fp[] px = new Fp[ps.length];
        Fp[] py = new Fp[ps.length];
        Prepared[] pq = new Prepared[ps.length];
        for (int j = 0; j < ps.length; j++) {
            if (ps[j].isInfinity() || qs[j].infinity) {
                continue;
            }
            G1Point a = ps[j].toAffine();
            px[m] = a.x;
            py[m] = a.y;
            pq[m] = qs[j];
            m++;
        }
        Fp12 f = Fp12.ONE;
        int idx = 0;
        for (int i = 62; i >= 0; i--) {
            if (i != 62) {
                f = f.square();
            }
            f = mulLines(f, pq, px, py, m, idx);
            idx += 3;
            if (((Bls12381Params.Z_ABS >>> i) & 1) != 0) {
                f = mulLines(f, pq, px, py, m, idx);
                idx += 3;
            }
        }
        return f.conjugate();
    }

    /**
     * f times the m pairs' lines at step {@code idx}: two lines at a time are multiplied together first (sparse times
     * sparse), then into f, which costs fewer F_p² products than two sparse multiplications into f.
     */
    private static Fp12 mulLines(Fp12 f, Prepared[] pq, Fp[] px, Fp[] py, int m, int idx) {
        int j = 0;
        for (; j + 1 < m; j += 2) {
            Fp2[] c = pq[j].coefficients;
            Fp2[] d = pq[j + 1].coefficients;
            Fp12 s = Fp12.lineProduct(c[idx], c[idx + 1].mul(px[j]), c[idx + 2].mul(py[j]),
                    d[idx], d[idx + 1].mul(px[j + 1]), d[idx + 2].mul(py[j + 1]));
            // At the first step f is still 1 and the product is the lines' product itself.
            f = f == Fp12.ONE ? s : f.mulByLineProduct(s);
        }
        if (j < m) {
            Fp2[] c = pq[j].coefficients;
            f = f.mulBy014(c[idx], c[idx + 1].mul(px[j]), c[idx + 2].mul(py[j]));
        }
        return f;
    }

    /** f^(3(p¹² − 1)/r). */
    static Fp12 finalExponentiation(Fp12 f) {
        Fp12 t = f.conjugate().mul(f.inverse());
        t = t.frobenius().frobenius().mul(t);
        Fp12 a = powZ(t).mul(t.conjugate());
        a = powZ(a).mul(a.conjugate());
        Fp12 b = powZ(a).mul(a.frobenius());
        Fp12 c = powZ(powZ(b)).mul(b.frobenius().frobenius()).mul(b.conjugate());
        return c.mul(t.cyclotomicSquare()).mul(t);
    }

    /** a^z for a cyclotomic element and the negative parameter z. */
    private static Fp12 powZ(Fp12 a) {
        return a.cyclotomicPowAbsZ().conjugate();
    }

    /** e(P, Q)³ for the tests of bilinearity. */
    static Fp12 pair(G1Point p, G2Point q) {
        return finalExponentiation(millerLoop(new G1Point[] {p}, new Prepared[] {prepare(q)}));
    }

    /** Whether ∏ e(Pᵢ, Qᵢ) = 1; all points must already be checked on their curves and in their subgroups. */
    public static boolean pairingCheck(G1Point[] ps, G2Point[] qs) {
        Prepared[] prepared = new Prepared[qs.length];
        for (int i = 0; i < qs.length; i++) {
            prepared[i] = prepare(qs[i]);
        }
        return pairingCheck(ps, prepared);
    }

    public static boolean pairingCheck(G1Point[] ps, Prepared[] qs) {
        if (ps.length != qs.length) {
            throw new IllegalArgumentException(ps.length + " G1 points but " + qs.length + " G2 points");
        }
        return finalExponentiation(millerLoop(ps, qs)).isOne();
    }
}
