package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Group laws of G1 and G2, the subgroup checks against multiplication by r, cofactor clearing, bilinearity. */
class GroupPropertiesTest {
    static final BigInteger R = Bls12381Params.R;

    static BigInteger scalar(Random rnd) {
        return new BigInteger(256, rnd).mod(R);
    }

    static G1Point randomG1(Random rnd) {
        return G1Point.GENERATOR.mul(scalar(rnd));
    }

    static G2Point randomG2(Random rnd) {
        return G2Point.GENERATOR.mul(scalar(rnd));
    }

    /** A random point of E(F_p), almost surely outside G1 (the cofactor is about 2^126). */
    static G1Point randomCurvePointG1(Random rnd) {
        while (true) {
            Fp x = Fp.of(new BigInteger(400, rnd));
            Fp y = x.square().mul(x).add(Bls12381Params.B).sqrt();
            if (y != null) {
                return G1Point.fromAffine(x, y);
            }
        }
    }

    static G2Point randomCurvePointG2(Random rnd) {
        while (true) {
            Fp2 x = FieldPropertiesTest.randomFp2(rnd);
            Fp2 y = x.square().mul(x).add(Bls12381Params.B2).sqrt();
            if (y != null) {
                return G2Point.fromAffine(x, y);
            }
        }
    }

    @Test
    void generatorsHaveOrderR() {
        assertThat(G1Point.GENERATOR.isOnCurve()).isTrue();
        assertThat(G2Point.GENERATOR.isOnCurve()).isTrue();
        assertThat(G1Point.GENERATOR.mul(R).isInfinity()).isTrue();
        assertThat(G2Point.GENERATOR.mul(R).isInfinity()).isTrue();
        assertThat(G1Point.GENERATOR.mul(R.subtract(BigInteger.ONE))).isEqualTo(G1Point.GENERATOR.neg());
        assertThat(G1Point.GENERATOR.isInSubgroup()).isTrue();
        assertThat(G2Point.GENERATOR.isInSubgroup()).isTrue();
    }

    /**
     * The GLV multiplication agrees with the plain 4-bit-window double-and-add on points of G1, for scalars below r,
     * at and above r and up to 2^256 − 1 (the decomposition is exact over the integers), and with k mod r.
     */
    @Property(tries = 25)
    void g1MulInSubgroupAgreesWithPlainMultiplication(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = randomG1(rnd);
        byte[][] scalars = {new byte[32], new byte[32], new byte[32], new byte[32], new byte[32]};
        rnd.nextBytes(scalars[0]);
        java.util.Arrays.fill(scalars[1], (byte) 0xff);
        byte[] r = R.toByteArray();
        System.arraycopy(r, r.length - 32, scalars[2], 0, 32);
        scalars[3][31] = 1;
        byte[] small = BigInteger.ONE.shiftLeft(128).add(BigInteger.valueOf(rnd.nextInt(1000))).toByteArray();
        System.arraycopy(small, 0, scalars[4], 32 - small.length, small.length);
        for (byte[] k : scalars) {
            G1Point glv = p.mulInSubgroup(k, 0, 32);
            assertThat(glv).isEqualTo(p.mul(k, 0, 32));
            assertThat(glv).isEqualTo(p.mul(new BigInteger(1, k).mod(R)));
        }
        assertThat(G1Point.INFINITY.mulInSubgroup(scalars[0], 0, 32).isInfinity()).isTrue();
        assertThat(p.mulInSubgroup(new byte[32], 0, 32).isInfinity()).isTrue();
    }

    /** The affine generator table behind mulGenerator agrees with plain multiplication of the generator. */
    @Property(tries = 25)
    void mulGeneratorAgreesWithPlainMultiplication(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] k = new byte[32];
        rnd.nextBytes(k);
        assertThat(G1Point.mulGenerator(k, 0, 32)).isEqualTo(G1Point.GENERATOR.mul(k, 0, 32));
    }

    @Property(tries = 20)
    void g1GroupLaws(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point a = randomG1(rnd), b = randomG1(rnd), c = randomG1(rnd);
        assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
        assertThat(a.add(b)).isEqualTo(b.add(a));
        assertThat(a.add(G1Point.INFINITY)).isEqualTo(a);
        assertThat(G1Point.INFINITY.add(a)).isEqualTo(a);
        assertThat(a.add(a.neg()).isInfinity()).isTrue();
        assertThat(a.add(a)).isEqualTo(a.dbl());
        BigInteger k = scalar(rnd), m = scalar(rnd);
        assertThat(a.mul(k).mul(m)).isEqualTo(a.mul(k.multiply(m).mod(R)));
        assertThat(a.mul(k).add(a.mul(m))).isEqualTo(a.mul(k.add(m)));
        assertThat(a.add(b).isOnCurve()).isTrue();
        assertThat(a.add(b).isInSubgroup()).isTrue();
    }

    @Property(tries = 30)
    void fixedBaseMultiplicationMatches(@ForAll byte[] raw) {
        byte[] s = java.util.Arrays.copyOf(raw, Math.min(raw.length, 32));
        assertThat(G1Point.mulGenerator(s, 0, s.length)).isEqualTo(G1Point.GENERATOR.mul(new BigInteger(1, s)));
    }

    @Property(tries = 10)
    void g2GroupLaws(@ForAll long seed) {
        Random rnd = new Random(seed);
        G2Point a = randomG2(rnd), b = randomG2(rnd), c = randomG2(rnd);
        assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
        assertThat(a.add(b)).isEqualTo(b.add(a));
        assertThat(a.add(G2Point.INFINITY)).isEqualTo(a);
        assertThat(a.add(a.neg()).isInfinity()).isTrue();
        assertThat(a.add(a)).isEqualTo(a.dbl());
        BigInteger k = scalar(rnd), m = scalar(rnd);
        assertThat(a.mul(k).mul(m)).isEqualTo(a.mul(k.multiply(m).mod(R)));
        assertThat(a.add(b).isOnCurve()).isTrue();
        assertThat(a.add(b).isInSubgroup()).isTrue();
    }

    @Property(tries = 20)
    void subgroupChecksAgreeWithMultiplicationByR(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = randomCurvePointG1(rnd);
        assertThat(p.isInSubgroup()).isEqualTo(p.mul(R).isInfinity());
        G1Point q = p.clearCofactor();
        assertThat(q.isInSubgroup()).isTrue();
        assertThat(q.mul(R).isInfinity()).isTrue();
        // A subgroup point plus a torsion component is outside G1.
        if (!p.isInSubgroup()) {
            assertThat(randomG1(rnd).add(p).isInSubgroup()).isFalse();
        }
        G2Point p2 = randomCurvePointG2(rnd);
        assertThat(p2.isInSubgroup()).isEqualTo(p2.mul(R).isInfinity());
        assertThat(p2.clearCofactor().mul(R).isInfinity()).isTrue();
        assertThat(p2.clearCofactor().isInSubgroup()).isTrue();
    }

    /** h_eff of RFC 9380 §8.8.2. */
    static final BigInteger G2_H_EFF = new BigInteger("0bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c"
            + "2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551", 16);

    @Property(tries = 5)
    void g2CofactorClearingIsMultiplicationByHEff(@ForAll long seed) {
        G2Point p = randomCurvePointG2(new Random(seed));
        assertThat(p.clearCofactor()).isEqualTo(p.mul(G2_H_EFF));
    }

    @Test
    void g1CofactorClearingIsMultiplicationByHEff() {
        G1Point p = randomCurvePointG1(new Random(7));
        assertThat(p.clearCofactor()).isEqualTo(p.mul(new BigInteger("d201000000010001", 16)));
    }

    @Property(tries = 5)
    void pairingIsBilinear(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = randomG1(rnd);
        G2Point q = randomG2(rnd);
        BigInteger a = scalar(rnd), b = scalar(rnd);
        Fp12 e = Pairing.pair(p, q);
        assertThat(Pairing.pair(p.mul(a), q.mul(b))).isEqualTo(FieldPropertiesTest.pow(e, a.multiply(b).mod(R)));
        assertThat(Pairing.pair(p.mul(a), q)).isEqualTo(Pairing.pair(p, q.mul(a)));
        assertThat(Pairing.pair(p.add(p.mul(a)), q)).isEqualTo(e.mul(Pairing.pair(p.mul(a), q)));
        assertThat(FieldPropertiesTest.pow(e, R)).isEqualTo(Fp12.ONE);
        assertThat(Pairing.pairingCheck(new G1Point[] {p.mul(a), p.neg()}, new G2Point[] {q, q.mul(a)})).isTrue();
        assertThat(Pairing.pairingCheck(new G1Point[] {p.mul(a), p}, new G2Point[] {q, q.mul(a)})).isFalse();
    }

    @Test
    void pairingIsNonDegenerateAndIgnoresInfinity() {
        Fp12 e = Pairing.pair(G1Point.GENERATOR, G2Point.GENERATOR);
        assertThat(e.isOne()).isFalse();
        assertThat(Pairing.pair(G1Point.INFINITY, G2Point.GENERATOR).isOne()).isTrue();
        assertThat(Pairing.pair(G1Point.GENERATOR, G2Point.INFINITY).isOne()).isTrue();
        assertThat(Pairing.pairingCheck(new G1Point[0], new G2Point[0])).isTrue();
    }

    @Property(tries = 10)
    void msmMatchesTheSumOfProducts(@ForAll long seed) {
        Random rnd = new Random(seed);
        int k = 1 + rnd.nextInt(40);
        G1Point[] ps = new G1Point[k];
        G2Point[] qs = new G2Point[k];
        byte[] scalars = new byte[32 * k];
        rnd.nextBytes(scalars);
        G1Point e1 = G1Point.INFINITY;
        G2Point e2 = G2Point.INFINITY;
        for (int i = 0; i < k; i++) {
            ps[i] = rnd.nextInt(8) == 0 ? G1Point.INFINITY : randomG1(rnd);
            qs[i] = rnd.nextInt(8) == 0 ? G2Point.INFINITY : randomG2(rnd);
            if (rnd.nextInt(8) == 0) {
                java.util.Arrays.fill(scalars, 32 * i, 32 * i + 32, (byte) 0);
            }
            BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(scalars, 32 * i, 32 * i + 32));
            e1 = e1.add(ps[i].mul(s));
            e2 = e2.add(qs[i].mul(s));
        }
        assertThat(Msm.g1(ps, scalars)).isEqualTo(e1);
        assertThat(Msm.g2(qs, scalars)).isEqualTo(e2);
    }

    @Property(tries = 50)
    void mappedPointsAreInTheSubgroups(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = MapToCurve.mapToG1(Fp.of(new BigInteger(400, rnd)));
        assertThat(p.isOnCurve()).isTrue();
        assertThat(p.isInSubgroup()).isTrue();
        if (seed % 5 == 0) {
            G2Point q = MapToCurve.mapToG2(FieldPropertiesTest.randomFp2(rnd));
            assertThat(q.isOnCurve()).isTrue();
            assertThat(q.isInSubgroup()).isTrue();
        }
    }
}
