package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The base-m (m = |z|) joint multiplication of {@link G1SubgroupPoint} against the plain double-and-add
 * {@link G1Point#mul(BigInteger)}, its decomposition and NAFs against BigInteger arithmetic, and its subgroup test
 * against multiplication by r.
 */
class G1SubgroupPointTest {
    static final BigInteger R = Bls12381Params.R;
    static final BigInteger M = new BigInteger(Long.toUnsignedString(Bls12381Params.Z_ABS));
    /** The G1 cofactor (1 + m)²/3 = 3 · 11² · 10177² · 859267² · 52437899². */
    static final BigInteger H = M.add(BigInteger.ONE).pow(2).divide(BigInteger.valueOf(3));

    static byte[] bytes32(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    /** Scalars: random below r, random 256-bit, and the edges 0, 1, 2, r − 1, r, r + 1, m − 1, m, m³, 2^256 − 1. */
    static List<BigInteger> scalars(Random rnd) {
        BigInteger top = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        List<BigInteger> s = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                R.subtract(BigInteger.ONE), R, R.add(BigInteger.ONE), M.subtract(BigInteger.ONE), M, M.pow(3),
                M.pow(3).subtract(BigInteger.ONE), top, top.subtract(R)));
        s.add(new BigInteger(256, rnd).mod(R));
        s.add(new BigInteger(256, rnd));
        s.add(new BigInteger(256, rnd).mod(R).add(R));
        return s;
    }

    @Property(tries = 8)
    void mulMinusGeneratorAgreesWithPlainMultiplication(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = GroupPropertiesTest.randomG1(rnd);
        // Both an affine and a Jacobian representation of the same point.
        for (G1Point q : new G1Point[] {p.toAffine(), p}) {
            G1SubgroupPoint sp = G1SubgroupPoint.of(q);
            assertThat(sp).isNotNull();
            List<BigInteger> ks = scalars(rnd);
            List<BigInteger> ys = scalars(rnd);
            for (int i = 0; i < ks.size(); i++) {
                BigInteger k = ks.get(i);
                BigInteger y = ys.get((i * 7 + 3) % ys.size());
                G1Point expected = q.mul(k).sub(G1Point.GENERATOR.mul(y));
                byte[] kb = bytes32(k), yb = bytes32(y);
                byte[] buf = new byte[70];
                System.arraycopy(kb, 0, buf, 3, 32);
                System.arraycopy(yb, 0, buf, 37, 32);
                assertThat(sp.mulMinusGenerator(buf, 3, buf, 37)).isEqualTo(expected);
                assertThat(sp.mulMinusGenerator(kb, 0, kb, 0)).isEqualTo(q.mul(k).sub(G1Point.GENERATOR.mul(k)));
            }
        }
    }

    @Test
    void mulMinusGeneratorEdges() {
        Random rnd = new Random(11);
        G1SubgroupPoint inf = G1SubgroupPoint.of(G1Point.INFINITY);
        assertThat(inf).isNotNull();
        G1SubgroupPoint gen = G1SubgroupPoint.of(G1Point.GENERATOR);
        for (BigInteger y : scalars(rnd)) {
            byte[] yb = bytes32(y);
            assertThat(inf.mulMinusGenerator(bytes32(new BigInteger(256, rnd)), 0, yb, 0))
                    .isEqualTo(G1Point.GENERATOR.mul(y).neg());
            // k = y on the generator itself: the walk meets equal and opposite points.
            assertThat(gen.mulMinusGenerator(yb, 0, yb, 0).isInfinity()).isTrue();
            assertThat(gen.mulMinusGenerator(yb, 0, bytes32(y.add(BigInteger.ONE).mod(R)), 0))
                    .isEqualTo(G1Point.GENERATOR.neg());
        }
    }

    /** decodeG1InSubgroup rejects exactly what decodeG1 rejects, on arbitrary 48-byte strings and flag variants. */
    @Property(tries = 200)
    void decodersAgree(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] b = new byte[48];
        rnd.nextBytes(b);
        if (rnd.nextInt(4) == 0) {
            b = CompressedPoints.encodeG1(GroupPropertiesTest.randomG1(rnd));
            b[rnd.nextInt(48)] ^= (byte) (1 << rnd.nextInt(8));
        } else if (rnd.nextInt(3) == 0) {
            b = CompressedPoints.encodeG1(GroupPropertiesTest.randomCurvePointG1(rnd));
        }
        G1Point a = CompressedPoints.decodeG1(b, 0);
        G1SubgroupPoint c = CompressedPoints.decodeG1InSubgroup(b, 0);
        assertThat(c == null).isEqualTo(a == null);
        if (a != null) {
            assertThat(c.point()).isEqualTo(a);
        }
    }

    @Property(tries = 50)
    void decompositionIsExactAndNafsAreWellFormed(@ForAll long seed) {
        Random rnd = new Random(seed);
        for (BigInteger k : scalars(rnd)) {
            for (int w : new int[] {G1SubgroupPoint.W_VAR, G1SubgroupPoint.W_FIXED, 2, 5}) {
                int[][] naf = new int[4][68];
                BigInteger[] digits = new BigInteger[4];
                int len = G1SubgroupPoint.decompose(bytes32(k), 0, w, naf, digits);
                assertThat(len).isLessThanOrEqualTo(68);
                BigInteger sum = BigInteger.ZERO;
                for (int j = 3; j >= 0; j--) {
                    assertThat(digits[j].signum()).isGreaterThanOrEqualTo(0);
                    if (j < 3) {
                        assertThat(digits[j]).isLessThan(M);
                    }
                    sum = sum.multiply(M).add(digits[j]);
                    BigInteger fromNaf = BigInteger.ZERO;
                    int lastNonZero = -w;
                    for (int i = 67; i >= 0; i--) {
                        int d = naf[j][i];
                        fromNaf = fromNaf.shiftLeft(1).add(BigInteger.valueOf(d));
                        if (d != 0) {
                            assertThat(d & 1).isEqualTo(1);
                            assertThat(Math.abs(d)).isLessThan(1 << (w - 1));
                            if (i >= len) {
                                throw new AssertionError("digit beyond the returned length");
                            }
                        }
                    }
                    for (int i = 0; i < 68; i++) {
                        if (naf[j][i] != 0) {
                            assertThat(i - lastNonZero).isGreaterThanOrEqualTo(w);
                            lastNonZero = i;
                        }
                    }
                    assertThat(fromNaf).isEqualTo(digits[j]);
                }
                assertThat(sum).isEqualTo(k);
            }
        }
    }

    /** The co-Z odd multiples against plain multiplication, from affine and Jacobian bases, in and out of G1. */
    @Property(tries = 20)
    void oddMultiplesAgreeWithPlainMultiplication(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point g = GroupPropertiesTest.randomG1(rnd);
        G1Point off = GroupPropertiesTest.randomCurvePointG1(rnd);
        for (G1Point b : new G1Point[] {g, g.toAffine(), off, off.dbl(), G1Point.GENERATOR}) {
            for (int n : new int[] {1, 2, 4, 64}) {
                G1Point[] out = new G1Point[n + 1];
                G1Point[] ref = new G1Point[n + 1];
                G1SubgroupPoint.oddMultiples(b, out, 1, n);
                G1SubgroupPoint.completeOddMultiples(b, ref, 1, n);
                for (int i = 0; i < n; i++) {
                    assertThat(out[1 + i]).isEqualTo(b.mul(BigInteger.valueOf(2 * i + 1)));
                    assertThat(out[1 + i]).isEqualTo(ref[1 + i]);
                    assertThat(out[1 + i].isOnCurve()).isTrue();
                }
            }
        }
    }

    @Test
    void oddMultiplesOfSmallOrderPointsFallBack() {
        // A point of order 3: 2T = −T, so the first co-Z addition meets equal x and falls back.
        Random rnd = new Random(2);
        G1Point t = G1Point.INFINITY;
        while (t.isInfinity()) {
            t = GroupPropertiesTest.randomCurvePointG1(rnd).mul(R.multiply(H).divide(primePower(3)));
        }
        G1Point[] out = new G1Point[4];
        G1SubgroupPoint.oddMultiples(t, out, 0, 4);
        for (int i = 0; i < 4; i++) {
            assertThat(out[i]).isEqualTo(t.mul(BigInteger.valueOf(2 * i + 1)));
        }
    }

    @Test
    void normalizeMatchesToAffine() {
        Random rnd = new Random(5);
        G1Point a = GroupPropertiesTest.randomG1(rnd);
        G1Point[] pts = {a, G1Point.INFINITY, a.toAffine(), a.dbl(), GroupPropertiesTest.randomCurvePointG1(rnd).dbl(),
            G1Point.INFINITY, a.add(G1Point.GENERATOR)};
        G1Point[] out = G1SubgroupPoint.normalize(pts);
        for (int i = 0; i < pts.length; i++) {
            assertThat(out[i]).isEqualTo(pts[i]);
            assertThat(out[i].isInfinity() || out[i].z.isOne()).isTrue();
            if (!pts[i].isInfinity()) {
                assertThat(out[i].x).isEqualTo(pts[i].toAffine().x);
                assertThat(out[i].y).isEqualTo(pts[i].toAffine().y);
            }
        }
        assertThat(G1SubgroupPoint.normalize(new G1Point[] {G1Point.INFINITY})[0].isInfinity()).isTrue();
    }

    /** The subgroup test agrees with r·P = O on random curve points, cleared points and small-order components. */
    @Property(tries = 10)
    void subgroupTestAgreesWithMultiplicationByR(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point off = GroupPropertiesTest.randomCurvePointG1(rnd);
        checkMembership(off);
        checkMembership(off.clearCofactor());
        checkMembership(GroupPropertiesTest.randomG1(rnd));
        // Components of each prime order ℓ dividing the cofactor, alone and added to a point of G1.
        for (long l : new long[] {3, 11, 10177, 859267, 52437899}) {
            BigInteger ell = primePower(l);
            G1Point t = off.mul(R.multiply(H).divide(ell));
            assertThat(t.mul(ell).isInfinity()).isTrue();
            checkMembership(t);
            checkMembership(t.add(GroupPropertiesTest.randomG1(rnd)));
            checkMembership(t.add(off.clearCofactor()));
        }
        // The part of off of order dividing h (no G1 component), and off with its G1 component removed.
        checkMembership(off.mul(R));
    }

    @Test
    void smallOrderComponentsAreRejected() {
        // A non-trivial point of order a power of ℓ for each ℓ: it and G + it are rejected.
        Random rnd = new Random(9);
        for (long l : new long[] {3, 11, 10177, 859267, 52437899}) {
            BigInteger ell = primePower(l);
            G1Point t = G1Point.INFINITY;
            for (int tries = 0; tries < 20 && t.isInfinity(); tries++) {
                t = GroupPropertiesTest.randomCurvePointG1(rnd).mul(R.multiply(H).divide(ell));
            }
            assertThat(t.isInfinity()).isFalse();
            assertThat(G1SubgroupPoint.of(t)).isNull();
            assertThat(G1SubgroupPoint.of(t.add(G1Point.GENERATOR))).isNull();
            assertThat(G1SubgroupPoint.of(t.toAffine())).isNull();
        }
    }

    /**
     * ℓ^v for the largest v with ℓ^v | h: [r·h/ℓ^v]P is then the ℓ-primary part of P (with ℓ² | h the ℓ-torsion of
     * E(F_p) may be Z/ℓ × Z/ℓ, which [r·h/ℓ] would annihilate).
     */
    static BigInteger primePower(long l) {
        BigInteger ell = BigInteger.valueOf(l);
        BigInteger pw = BigInteger.ONE;
        while (H.mod(pw.multiply(ell)).signum() == 0) {
            pw = pw.multiply(ell);
        }
        assertThat(pw).isGreaterThan(BigInteger.ONE);
        return pw;
    }

    private static void checkMembership(G1Point p) {
        boolean inG1 = p.mul(R).isInfinity();
        assertThat(p.isOnCurve()).isTrue();
        assertThat(p.isInSubgroup()).isEqualTo(inG1);
        G1SubgroupPoint sp = G1SubgroupPoint.of(p);
        assertThat(sp != null).isEqualTo(inG1);
        if (sp != null) {
            assertThat(sp.point()).isSameAs(p);
            byte[] k = bytes32(BigInteger.valueOf(12345));
            assertThat(sp.mulMinusGenerator(k, 0, new byte[32], 0)).isEqualTo(p.mul(BigInteger.valueOf(12345)));
        }
        byte[] enc = CompressedPoints.encodeG1(p);
        G1Point dec = CompressedPoints.decodeG1(enc, 0);
        G1SubgroupPoint dec2 = CompressedPoints.decodeG1InSubgroup(enc, 0);
        assertThat(dec != null).isEqualTo(inG1);
        assertThat(dec2 != null).isEqualTo(inG1);
        if (dec != null) {
            assertThat(dec).isEqualTo(p);
            assertThat(dec2.point()).isEqualTo(p);
        }
    }
}
