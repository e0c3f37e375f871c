package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The G2 group law and cofactor clearing against the former formulas kept in {@link MapToCurveReference}. */
class G2FormulasTest {
    /** A random point of E'(F_p²) (almost surely outside G2), in Jacobian coordinates with a random Z. */
    static G2Point randomJacobian(Random rnd) {
        G2Point a = GroupPropertiesTest.randomCurvePointG2(rnd);
        Fp2 l = FieldPropertiesTest.randomFp2(rnd);
        Fp2 l2 = l.square();
        return new G2Point(a.x.mul(l2), a.y.mul(l2).mul(l), l);
    }

    @Property(tries = 50)
    void doublingGivesTheSameCoordinates(@ForAll long seed) {
        Random rnd = new Random(seed);
        G2Point p = randomJacobian(rnd);
        G2Point d = p.dbl();
        G2Point r = MapToCurveReference.dbl(p);
        assertThat(d.x).isEqualTo(r.x);
        assertThat(d.y).isEqualTo(r.y);
        assertThat(d.z).isEqualTo(r.z);
        assertThat(d.isOnCurve()).isTrue();
        assertThat(G2Point.INFINITY.dbl().isInfinity()).isTrue();
    }

    @Property(tries = 50)
    void psiSquaredIsPsiTwice(@ForAll long seed) {
        Random rnd = new Random(seed);
        G2Point p = randomJacobian(rnd);
        G2Point a = p.psi2();
        G2Point b = p.psi().psi();
        assertThat(a.x).isEqualTo(b.x);
        assertThat(a.y).isEqualTo(b.y);
        assertThat(a.z).isEqualTo(b.z);
    }

    @Property(tries = 30)
    void clearCofactorMatchesTheFormerFormula(@ForAll long seed) {
        Random rnd = new Random(seed);
        G2Point p = randomJacobian(rnd);
        G2Point c = p.clearCofactor();
        assertThat(c).isEqualTo(MapToCurveReference.clearCofactor(p));
        assertThat(c.isOnCurve()).isTrue();
        assertThat(c.isInSubgroup()).isTrue();
        // on points already in G2 (where the inner sums hit the doubling and infinity branches)
        G2Point g = GroupPropertiesTest.randomG2(rnd);
        assertThat(g.clearCofactor()).isEqualTo(MapToCurveReference.clearCofactor(g));
    }

    /** h_eff·P by plain scalar multiplication with RFC 9380's h_eff for G2. */
    @Test
    void clearCofactorIsMultiplicationByHEff() {
        BigInteger hEff = new BigInteger("0bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf"
                + "015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551", 16);
        Random rnd = new Random(7);
        for (int i = 0; i < 3; i++) {
            G2Point p = randomJacobian(rnd);
            assertThat(p.clearCofactor()).isEqualTo(p.mul(hEff));
        }
        assertThat(G2Point.INFINITY.clearCofactor().isInfinity()).isTrue();
    }
}
