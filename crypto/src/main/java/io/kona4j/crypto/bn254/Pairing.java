package io.kona4j.crypto.bn254;

import java.math.BigInteger;
import java.util.List;

/**
 * The optimal-ate pairing on BN254: a Miller loop over the non-adjacent form of 6u+2 with the two Frobenius lines
 * at the end, then the final exponentiation to the power (p¹²−1)/r, split into the easy part (p⁶−1)(p²+1) and the
 * hard part (p⁴−p²+1)/r done with three exponentiations by u (Devegili, Scott and Dahab's decomposition
 * λ0 + λ1·p + λ2·p² + λ3·p³, evaluated by Scott et al.'s vectorial addition chain). A multi-pairing shares the
 * squarings of one Miller loop and one final exponentiation.
 *
 * <p>Lines are computed in homogeneous projective coordinates on the twist (Costello, Lange and Naehrig's
 * formulas) and evaluated at P as {@code a·y_P + b·x_P·w + c·w³}, scaled by F_p² factors that the final
 * exponentiation removes.
 */
final class Pairing {
    /** NAF of 6u+2, least significant digit first. */
    private static final byte[] ATE_NAF = Naf.of(G2.U.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO));
    /** Width-4 NAF of u, for the exponentiations of the final exponentiation. */
    private static final byte[] U_WNAF = Naf.of(G2.U, 4);
    private static final Fp2 THREE_B = G2.B.dbl().add(G2.B);

    private Pairing() {}

    /** One input pair, both points affine and neither at infinity. */
    record Pair(Fp px, Fp py, Fp2 qx, Fp2 qy) {}

    /** e(P1, Q1)·…·e(Pk, Qk); 1 for no pairs. */
    static Fp12 pairing(List<Pair> pairs) {
        return finalExponentiation(millerLoop(pairs));
    }

    static Fp12 millerLoop(List<Pair> pairs) {
        return millerLoop(pairs, false);
    }

    /**
     * The Miller loop; with {@code checkSubgroups}, also the G2 membership of every Q, for free: the loop's point ends
     * at T = [6u+2]Q + ψ(Q) − ψ²(Q), and φ = [6u+2] + ψ − ψ² + ψ³ is zero on G2 (6u+2 + p − p² + p³ ≡ 0 mod r, ψ
     * acting as p there) while its degree, the resultant of x³ − x² + x + 6u+2 and ψ's characteristic polynomial
     * x² − (6u²+1)x + p, is coprime to the cofactor 2p − r of E'(F_p²) (checked in Bn254Test), so φ kills no other
     * point: Q ∈ G2 ⟺ T = −ψ³(Q). The loop's formulas are exact group operations except where a sum degenerates
     * (T = ±Q), which for Q in G2 never happens and otherwise leaves Z = 0 for good; so a finite T equal to −ψ³(Q)
     * proves membership and anything else disproves it. Returns null if some Q is outside G2.
     */
    static Fp12 millerLoop(List<Pair> pairs, boolean checkSubgroups) {
        int k = pairs.size();
        Fp2[] tx = new Fp2[k];
        Fp2[] ty = new Fp2[k];
        Fp2[] tz = new Fp2[k];
        Fp2[] negQy = new Fp2[k];
        Fp[] negThreePx = new Fp[k];
        for (int j = 0; j < k; j++) {
            Pair pr = pairs.get(j);
            negThreePx[j] = pr.px.dbl().add(pr.px).neg();
            tx[j] = pr.qx;
            ty[j] = pr.qy;
            tz[j] = Fp2.ONE;
            negQy[j] = pr.qy.neg();
        }
        Fp12 f = Fp12.ONE;
        Lines lines = new Lines(k);
        for (int i = ATE_NAF.length - 2; i >= 0; i--) {
            f = f.square();
            for (int j = 0; j < k; j++) {
                Pair pr = pairs.get(j);
                // Doubling step: T ← 2T, line tangent at T.
                Fp2 x = tx[j], y = ty[j], z = tz[j];
                Fp2 a = x.mul(y).halve();
                Fp2 b = y.square();
                Fp2 c = z.square();
                Fp2 e = THREE_B.mul(c);
                Fp2 ff = e.dbl().add(e);
                Fp2 g = b.add(ff).halve();
                Fp2 h = y.add(z).square().sub(b.add(c));
                Fp2 jj = x.square();
                tx[j] = a.mul(b.sub(ff));
                // g² − 3e² reduced once: real parts in (−12p², 4p²), imaginary in (−6p², 2p²).
                Fp2x e2 = Fp2x.square(e);
                ty[j] = Fp2x.square(g).sub(e2).sub(e2).sub(e2).reduce();
                tz[j] = b.mul(h);
                lines.put(j, h.mul(pr.py), jj.mul(negThreePx[j]), b.sub(e));
            }
            f = lines.multiplyInto(f);
            if (ATE_NAF[i] != 0) {
                for (int j = 0; j < k; j++) {
                    Pair pr = pairs.get(j);
                    addStep(lines, tx, ty, tz, j, pr, pr.qx, ATE_NAF[i] == 1 ? pr.qy : negQy[j], true);
                }
                f = lines.multiplyInto(f);
            }
        }
        for (int j = 0; j < k; j++) {
            Pair pr = pairs.get(j);
            Fp2 q1x = pr.qx.conjugate().mul(G2.PSI_X);
            Fp2 q1y = pr.qy.conjugate().mul(G2.PSI_Y);
            Fp2 q2x = q1x.conjugate().mul(G2.PSI_X);
            Fp2 q2y = q1y.conjugate().mul(G2.PSI_Y);
            addStep(lines, tx, ty, tz, j, pr, q1x, q1y, true);
            f = lines.multiplyInto(f, j);
            addStep(lines, tx, ty, tz, j, pr, q2x, q2y.neg(), checkSubgroups);
            f = lines.multiplyInto(f, j);
            if (checkSubgroups) {
                // −ψ³(Q), affine, against the homogeneous T = (X : Y : Z).
                Fp2 q3x = q2x.conjugate().mul(G2.PSI_X);
                Fp2 q3yNeg = q2y.conjugate().mul(G2.PSI_Y).neg();
                if (tz[j].isZero() || !tx[j].equals(q3x.mul(tz[j])) || !ty[j].equals(q3yNeg.mul(tz[j]))) return null;
            }
        }
        return f;
    }

    /**
     * The lines of one step, one per pair, each {@code l0 + l1·w + l3·w³}. Two lines are multiplied together first
     * (six F_p² multiplications) and their product, which has no w⁵ term, into f (seventeen), instead of each line
     * into f (thirteen each).
     */
    private static final class Lines {
        private final Fp2[] l0;
        private final Fp2[] l1;
        private final Fp2[] l3;

        Lines(int k) {
            l0 = new Fp2[k];
            l1 = new Fp2[k];
            l3 = new Fp2[k];
        }

        void put(int j, Fp2 a, Fp2 b, Fp2 c) {
            l0[j] = a;
            l1[j] = b;
            l3[j] = c;
        }

        /** f times every line. */
        Fp12 multiplyInto(Fp12 f) {
            int k = l0.length, j = 0;
            for (; j + 1 < k; j += 2) f = f.mulByLinePair(l0[j], l1[j], l3[j], l0[j + 1], l1[j + 1], l3[j + 1]);
            if (j < k) f = f.mulByLine(l0[j], l1[j], l3[j]);
            return f;
        }

        /** f times line j alone. */
        Fp12 multiplyInto(Fp12 f, int j) {
            return f.mulByLine(l0[j], l1[j], l3[j]);
        }
    }

    /** Mixed addition T ← T + (x2, y2); its line through T and (x2, y2), evaluated at P, goes into lines[j]. */
    private static void addStep(
            Lines lines, Fp2[] tx, Fp2[] ty, Fp2[] tz, int j, Pair pr, Fp2 x2, Fp2 y2, boolean updatePoint) {
        Fp2 x1 = tx[j], y1 = ty[j], z1 = tz[j];
        Fp2 theta = y1.sub(y2.mul(z1));
        Fp2 lambda = x1.sub(x2.mul(z1));
        Fp2 l3 = Fp2x.mul(theta, x2).sub(Fp2x.mul(lambda, y2)).reduce();
        lines.put(j, lambda.mul(pr.py), theta.neg().mul(pr.px), l3);
        if (updatePoint) {
            Fp2 c = theta.square();
            Fp2 d = lambda.square();
            Fp2 e = lambda.mul(d);
            Fp2 ff = z1.mul(c);
            Fp2 g = x1.mul(d);
            Fp2 h = e.add(ff).sub(g.dbl());
            tx[j] = lambda.mul(h);
            ty[j] = Fp2x.mul(theta, g.sub(h)).sub(Fp2x.mul(y1, e)).reduce();
            tz[j] = z1.mul(e);
        }
    }

    static Fp12 finalExponentiation(Fp12 f) {
        // Easy part: f^((p⁶−1)(p²+1)); afterwards everything is in the cyclotomic subgroup (inverse = conjugate).
        Fp12 t = f.conjugate().mul(f.inverse());
        Fp12 m = t.frobenius().frobenius().mul(t);
        // Hard part m^((p⁴−p²+1)/r) = m^(λ0 + λ1·p + λ2·p² + λ3·p³) with λ3 = 1, λ2 = 6u²+1, λ1 = −36u³−18u²−12u+1,
        // λ0 = −36u³−30u²−18u−2, by Scott, Benger, Charlemagne, Dominguez Perez and Kachisa's vectorial addition
        // chain (ePrint 2008/490 §5): with y0..y6 below, the result is y0·y1²·y2⁶·y3¹²·y4¹⁸·y5³⁰·y6³⁶, computed
        // with four squarings and ten multiplications (the inverses are conjugates here).
        Fp12 fu = m.cyclotomicPow(U_WNAF);
        Fp12 fu2 = fu.cyclotomicPow(U_WNAF);
        Fp12 fu3 = fu2.cyclotomicPow(U_WNAF);
        Fp12 mp = m.frobenius();
        Fp12 mp2 = mp.frobenius();
        Fp12 y0 = mp.mul(mp2).mul(mp2.frobenius());
        Fp12 y1 = m.conjugate();
        Fp12 fu2p = fu2.frobenius();
        Fp12 y2 = fu2p.frobenius();
        Fp12 y3 = fu.frobenius().conjugate();
        Fp12 y4 = fu.mul(fu2p).conjugate();
        Fp12 y5 = fu2.conjugate();
        Fp12 y6 = fu3.mul(fu3.frobenius()).conjugate();
        Fp12 t0 = y6.cyclotomicSquare().mul(y4).mul(y5);
        Fp12 t1 = y3.mul(y5).mul(t0);
        t0 = t0.mul(y2);
        t1 = t1.cyclotomicSquare().mul(t0).cyclotomicSquare();
        t0 = t1.mul(y1);
        t1 = t1.mul(y0);
        return t0.cyclotomicSquare().mul(t1);
    }
}
