package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/**
 * A point P that passed the G1 membership test, kept together with [m]P for m = |z| = 0xd201000000010000, the
 * intermediate of that test (φ(P) = −[m]([m]P), see {@link G1Point#isInSubgroup()}). On G1 the four points
 * P, [m]P, [m²]P = −φ(P) and [m³]P = −φ([m]P) are then known at the cost of two multiplications of x by β, so a
 * scalar k written in base m, k = a0 + a1·m + a2·m² + a3·m³ with 0 ≤ a0, a1, a2 < m and a3 = ⌊k/m³⌋ (below 2^66 for
 * any 32-byte k, below m for k < r), needs only about 65 doublings. {@link #mulMinusGenerator} walks the four digits
 * of k on P jointly with the four digits of a second scalar y on the fixed bases G, [m]G, [m²]G, [m³]G (Straus: one
 * shared doubling per bit), width-4 NAF over an affine table of P (one inversion for the table, by Montgomery's
 * trick; the odd multiples by co-Z additions) and width-8 NAF over a precomputed affine table of G, so every addition
 * of the walk is a mixed addition. The identity [m²]Q = −φ(Q) holds on G1 only (for Q = P and Q = [m]P, both in G1
 * when P is); on other curve points it fails, which is why an instance exists only after the test passed.
 */
public final class G1SubgroupPoint {
    /** m = |z|. */
    private static final BigInteger M = new BigInteger(Long.toUnsignedString(Bls12381Params.Z_ABS));

    /** NAF width for the variable base: digits odd in (−8, 8), a table of 1, 3, 5, 7 times each base. */
    static final int W_VAR = 4;
    /** NAF width for the fixed base: digits odd in (−128, 128), 64 table entries per base. */
    static final int W_FIXED = 8;
    /** Length bound of a NAF of a digit below 2^66: at most one more than the bit length. */
    private static final int MAX_NAF = 68;

    private final G1Point p;
    private final G1Point pm;

    private G1SubgroupPoint(G1Point p, G1Point pm) {
        this.p = p;
        this.pm = pm;
    }

    /**
     * P with its subgroup test done: null when P (assumed on the curve, as decoders check) is not in G1. The test is
     * exactly {@link G1Point#isInSubgroup()}.
     */
    public static G1SubgroupPoint of(G1Point p) {
        G1Point pm = p.absZMultipleIfInSubgroup();
        return pm == null ? null : new G1SubgroupPoint(p, pm);
    }

    public G1Point point() {
        return p;
    }

    /**
     * [k]P − [y]G for big-endian 32-byte scalars k at {@code kOff} and y at {@code yOff} (any values, not only below
     * r).
     */
    public G1Point mulMinusGenerator(byte[] k, int kOff, byte[] y, int yOff) {
        int[][] nafY = new int[4][MAX_NAF];
        int len = decompose(y, yOff, W_FIXED, nafY, null);
        G1Point[][] fixedPos = FixedTable.POS;
        G1Point[][] fixedNeg = FixedTable.NEG;
        if (p.isInfinity()) {
            return walk(len, null, null, null, nafY, fixedNeg, fixedPos);
        }
        int[][] nafK = new int[4][MAX_NAF];
        int lenK = decompose(k, kOff, W_VAR, nafK, null);
        G1Point[][][] t = variableTables();
        return walk(Math.max(len, lenK), nafK, t[0], t[1], nafY, fixedNeg, fixedPos);
    }

    /**
     * The tables of ±d·B for odd d < 8 and the four bases B = P, [m]P, −φ(P), −φ([m]P), affine: [0] positive, [1]
     * negative, each indexed [base][d >> 1].
     */
    private G1Point[][][] variableTables() {
        int n = 1 << (W_VAR - 2);
        G1Point[] jac = new G1Point[2 * n];
        G1Point[] bases = {p, pm};
        for (int b = 0; b < 2; b++) {
            oddMultiples(bases[b], jac, b * n, n);
        }
        G1Point[] aff = normalize(jac);
        G1Point[][] pos = new G1Point[4][n];
        G1Point[][] neg = new G1Point[4][n];
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < n; i++) {
                G1Point e = aff[b * n + i];
                Fp ny = e.y.neg();
                Fp bx = e.x.mul(G1Point.BETA);
                pos[b][i] = e;
                neg[b][i] = new G1Point(e.x, ny, e.z);
                // −φ(e) = (βx, −y); its negative φ(e) = (βx, y).
                pos[b + 2][i] = new G1Point(bx, ny, e.z);
                neg[b + 2][i] = new G1Point(bx, e.y, e.z);
            }
        }
        return new G1Point[][][] {pos, neg};
    }

    /**
     * out[off + i] = (2i + 1)·B for 0 ≤ i < n, Jacobian, by co-Z arithmetic: the doubling also gives B with the Z of 2B
     * (for free: X·4Y² and 8Y⁴ are terms of the doubling), and each co-Z addition (5M + 2S instead of 11M + 5S)
     * gives the sum and 2B again with the sum's Z. B must be finite; any exceptional input (2B infinite, or 2B = ±T
     * on the way, impossible for a point of prime order r > 2n) falls back to the complete formulas.
     */
    static void oddMultiples(G1Point base, G1Point[] out, int off, int n) {
        out[off] = base;
        if (n == 1) {
            return;
        }
        Fp a = base.x.square();
        Fp bb = base.y.square();
        Fp c = bb.square();
        Fp d = base.x.add(bb).square().sub(a).sub(c).dbl();
        Fp e = a.dbl().add(a);
        Fp x2 = e.square().sub(d.dbl());
        Fp c8 = c.dbl().dbl().dbl();
        Fp y2 = e.mul(d.sub(x2)).sub(c8);
        Fp z2 = base.y.mul(base.z).dbl();
        if (z2.isZero()) {
            completeOddMultiples(base, out, off, n);
            return;
        }
        // twice = 2B; t = B with Z = z2 (X·(2Y)², Y·(2Y)³).
        Fp tx = d, ty = c8, dx = x2, dy = y2, z = z2;
        for (int i = 1; i < n; i++) {
            Fp h = tx.sub(dx);
            if (h.isZero()) {
                completeOddMultiples(base, out, off, n);
                return;
            }
            Fp hh = h.square();
            Fp w1 = dx.mul(hh);
            Fp w2 = tx.mul(hh);
            Fp r = ty.sub(dy);
            Fp nx = r.square().sub(w1).sub(w2);
            Fp dyNew = dy.mul(w2.sub(w1));
            Fp ny = r.mul(w1.sub(nx)).sub(dyNew);
            z = z.mul(h);
            out[off + i] = new G1Point(nx, ny, z);
            tx = nx;
            ty = ny;
            dx = w1;
            dy = dyNew;
        }
    }

    /** The reference for {@link #oddMultiples}: repeated complete additions of 2B. */
    static void completeOddMultiples(G1Point base, G1Point[] out, int off, int n) {
        G1Point twice = base.dbl();
        out[off] = base;
        for (int i = 1; i < n; i++) {
            out[off + i] = out[off + i - 1].add(twice);
        }
    }

    /**
     * Straus walk: the sum of d·B over the NAF digits of the variable scalar (tables vPos/vNeg, may be null) plus the
     * sum of −d·B over the digits of the fixed scalar (so the fixed tables are passed negative first).
     */
    private static G1Point walk(int len, int[][] nafV, G1Point[][] vPos, G1Point[][] vNeg, int[][] nafF,
            G1Point[][] fPos, G1Point[][] fNeg) {
        G1Point r = G1Point.INFINITY;
        for (int i = len - 1; i >= 0; i--) {
            r = r.dbl();
            for (int j = 0; j < 4; j++) {
                if (nafV != null) {
                    int d = nafV[j][i];
                    if (d > 0) {
                        r = r.add(vPos[j][d >> 1]);
                    } else if (d < 0) {
                        r = r.add(vNeg[j][(-d) >> 1]);
                    }
                }
                int e = nafF[j][i];
                if (e > 0) {
                    r = r.add(fPos[j][e >> 1]);
                } else if (e < 0) {
                    r = r.add(fNeg[j][(-e) >> 1]);
                }
            }
        }
        return r;
    }

    /**
     * Writes the width-w NAFs of the four base-m digits of the 32-byte big-endian scalar at {@code off} into
     * {@code naf[0..3]} (least significant first) and returns the longest length. When {@code digits} is not null it
     * also receives the digits themselves (for tests).
     */
    static int decompose(byte[] s, int off, int w, int[][] naf, BigInteger[] digits) {
        BigInteger k = new BigInteger(1, s, off, 32);
        int len = 0;
        for (int j = 0; j < 4; j++) {
            BigInteger d;
            if (j < 3) {
                BigInteger[] qr = k.divideAndRemainder(M);
                d = qr[1];
                k = qr[0];
            } else {
                d = k;
            }
            if (digits != null) {
                digits[j] = d;
            }
            len = Math.max(len, wnaf(d.longValue(), d.shiftRight(64).longValue(), w, naf[j]));
        }
        return len;
    }

    /**
     * Width-w NAF of the non-negative value hi·2^64 + lo (hi below 2^3) into {@code out}, least significant digit
     * first; returns the length. Each non-zero digit is odd, in (−2^(w−1), 2^(w−1)), and followed by at least w − 1
     * zeros.
     */
    static int wnaf(long lo, long hi, int w, int[] out) {
        int mask = (1 << w) - 1;
        int half = 1 << (w - 1);
        int i = 0;
        while (lo != 0 || hi != 0) {
            int d = 0;
            if ((lo & 1) != 0) {
                d = (int) lo & mask;
                if (d >= half) {
                    d -= 1 << w;
                }
                long n = lo - d;
                if (d > 0 ? Long.compareUnsigned(n, lo) > 0 : Long.compareUnsigned(n, lo) < 0) {
                    hi += d > 0 ? -1 : 1;
                }
                lo = n;
            }
            out[i++] = d;
            lo = (lo >>> 1) | (hi << 63);
            hi >>>= 1;
        }
        return i;
    }

    /**
     * The affine forms of the given points with one inversion (Montgomery's trick); infinity and affine entries are
     * copied as they are.
     */
    static G1Point[] normalize(G1Point[] pts) {
        int n = pts.length;
        Fp[] prefix = new Fp[n];
        Fp acc = Fp.ONE;
        for (int i = 0; i < n; i++) {
            prefix[i] = acc;
            G1Point q = pts[i];
            if (!q.isInfinity() && !q.z.isOne()) {
                acc = acc.mul(q.z);
            }
        }
        Fp inv = acc.inverse();
        G1Point[] out = new G1Point[n];
        for (int i = n - 1; i >= 0; i--) {
            G1Point q = pts[i];
            if (q.isInfinity() || q.z.isOne()) {
                out[i] = q;
                continue;
            }
            Fp zi = inv.mul(prefix[i]);
            inv = inv.mul(q.z);
            Fp zi2 = zi.square();
            out[i] = new G1Point(q.x.mul(zi2), q.y.mul(zi2).mul(zi), Fp.ONE);
        }
        return out;
    }

    /** ±d·[m^j]G for odd d < 2^(W_FIXED−1), affine, indexed [j][d >> 1]; built on first use. */
    private static final class FixedTable {
        static final G1Point[][] POS = new G1Point[4][1 << (W_FIXED - 2)];
        static final G1Point[][] NEG = new G1Point[4][1 << (W_FIXED - 2)];

        static {
            int n = 1 << (W_FIXED - 2);
            G1Point[] jac = new G1Point[4 * n];
            G1Point base = G1Point.GENERATOR;
            for (int j = 0; j < 4; j++) {
                oddMultiples(base, jac, j * n, n);
                base = base.mulAbsZ();
            }
            G1Point[] aff = normalize(jac);
            for (int j = 0; j < 4; j++) {
                for (int i = 0; i < n; i++) {
                    POS[j][i] = aff[j * n + i];
                    NEG[j][i] = aff[j * n + i].neg();
                }
            }
        }
    }
}
