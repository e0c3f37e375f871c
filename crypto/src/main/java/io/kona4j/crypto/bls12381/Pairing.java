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
        Fp2 tx = xq, ty = yq, tz = Fp2.ONE;
        for (int i = 62; i >= 0; i--) {
            // Doubling step. The line is scaled by a factor in F_p⁴ (a multiple of w³), which the final
            // exponentiation maps to 1.
            Fp2 aa = tx.square();
            Fp2 bb = ty.square();
            Fp2 cc = bb.square();
            Fp2 dd = tx.add(bb).square().sub(aa).sub(cc).dbl();
            Fp2 ee = aa.dbl().add(aa);
            Fp2 ff = ee.square();
            Fp2 zsq = tz.square();
            Fp2 x3 = ff.sub(dd.dbl());
            Fp2 y3 = ee.mul(dd.sub(x3)).sub(cc.dbl().dbl().dbl());
            Fp2 z3 = ty.add(tz).square().sub(bb).sub(zsq);
            c[n++] = tx.add(ee).square().sub(aa).sub(ff).sub(bb.dbl().dbl());
            c[n++] = ee.mul(zsq).dbl().neg();
            c[n++] = z3.mul(zsq).dbl();
            tx = x3;
            ty = y3;
            tz = z3;
            if (((Bls12381Params.Z_ABS >>> i) & 1) != 0) {
                // Mixed addition step T + Q.
                Fp2 zs = tz.square();
                Fp2 u2 = xq.mul(zs);
                Fp2 s2 = yq.mul(tz).mul(zs);
                Fp2 h = u2.sub(tx);
                Fp2 r = s2.sub(ty);
                Fp2 hh = h.square();
                Fp2 hhh = h.mul(hh);
                Fp2 v = tx.mul(hh);
                Fp2 ax3 = r.square().sub(hhh).sub(v.dbl());
                Fp2 ay3 = r.mul(v.sub(ax3)).sub(ty.mul(hhh));
                Fp2 az3 = tz.mul(h);
                c[n++] = r.mul(xq).sub(az3.mul(yq));
                c[n++] = r.neg();
                c[n++] = az3;
                tx = ax3;
                ty = ay3;
                tz = az3;
            }
        }
        return new Prepared(c, false);
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
            f = f.mulByLineProduct(s);
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
