package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The sliding-window power and square root of the G1 decoder against BigInteger.modPow and {@link Fp#sqrt()}. */
class CompressedPointsSqrtTest {
    static final BigInteger P = Fp.MODULUS;

    @Property(tries = 100)
    void slidingPowMatchesModPow(@ForAll long seed) {
        Random rnd = new Random(seed);
        BigInteger a = new BigInteger(381, rnd).mod(P);
        BigInteger[] exps = {new BigInteger(1 + rnd.nextInt(400), rnd).add(BigInteger.ONE), BigInteger.ONE,
            BigInteger.valueOf(31), BigInteger.valueOf(32), BigInteger.valueOf(33), BigInteger.ONE.shiftLeft(100),
            BigInteger.ONE.shiftLeft(100).subtract(BigInteger.ONE), P.add(BigInteger.ONE).shiftRight(2)};
        for (BigInteger e : exps) {
            assertThat(CompressedPoints.powByPlan(Fp.of(a), CompressedPoints.slidingPlan(e)).toBigInteger())
                    .isEqualTo(a.modPow(e, P));
        }
    }

    @Property(tries = 200)
    void sqrtMatchesFpSqrt(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp a = Fp.of(new BigInteger(381, rnd));
        Fp s = CompressedPoints.sqrt(a);
        Fp expected = a.sqrt();
        if (expected == null) {
            assertThat(s).isNull();
        } else {
            assertThat(s).isEqualTo(expected);
            assertThat(s.square()).isEqualTo(a);
        }
        Fp sq = a.square();
        assertThat(CompressedPoints.sqrt(sq).square()).isEqualTo(sq);
    }

    @Test
    void sqrtEdges() {
        assertThat(CompressedPoints.sqrt(Fp.ZERO)).isEqualTo(Fp.ZERO);
        assertThat(CompressedPoints.sqrt(Fp.ONE).square()).isEqualTo(Fp.ONE);
        assertThat(CompressedPoints.sqrt(Fp.ONE.neg())).isNull();
        assertThat(CompressedPoints.sqrt(Fp.of(4))).isEqualTo(Fp.of(4).sqrt());
    }
}
