package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The sliding-window power ({@link FpExponent}) and the square root built on it against BigInteger.modPow and the
 * fixed-window {@link Fp#pow(long[])}.
 */
class FpSqrtTest {
    static final BigInteger P = Fp.MODULUS;

    @Property(tries = 100)
    void slidingPowMatchesModPow(@ForAll long seed) {
        Random rnd = new Random(seed);
        BigInteger a = new BigInteger(381, rnd).mod(P);
        BigInteger[] exps = {new BigInteger(1 + rnd.nextInt(400), rnd).add(BigInteger.ONE), BigInteger.ONE,
            BigInteger.valueOf(31), BigInteger.valueOf(32), BigInteger.valueOf(33), BigInteger.ONE.shiftLeft(100),
            BigInteger.ONE.shiftLeft(100).subtract(BigInteger.ONE), P.add(BigInteger.ONE).shiftRight(2)};
        for (BigInteger e : exps) {
            assertThat(new FpExponent(e).pow(Fp.of(a)).toBigInteger())
                    .isEqualTo(a.modPow(e, P));
        }
    }

    @Property(tries = 200)
    void sqrtMatchesFpSqrt(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp a = Fp.of(new BigInteger(381, rnd));
        Fp s = a.sqrt();
        Fp r = a.pow(Fp.limbs(P.add(BigInteger.ONE).shiftRight(2)));
        Fp expected = r.square().equals(a) ? r : null;
        if (expected == null) {
            assertThat(s).isNull();
        } else {
            assertThat(s).isEqualTo(expected);
            assertThat(s.square()).isEqualTo(a);
        }
        Fp sq = a.square();
        assertThat(sq.sqrt().square()).isEqualTo(sq);
    }

    @Test
    void sqrtEdges() {
        assertThat(Fp.ZERO.sqrt()).isEqualTo(Fp.ZERO);
        assertThat(Fp.ONE.sqrt().square()).isEqualTo(Fp.ONE);
        assertThat(Fp.ONE.neg().sqrt()).isNull();
        assertThat(Fp.of(4).sqrt()).isEqualTo(Fp.of(4).pow(Fp.limbs(P.add(BigInteger.ONE).shiftRight(2))));
    }
}
