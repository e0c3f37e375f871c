package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The faster map-to-curve pieces against independent references: F_p² square roots against BigInteger arithmetic
 * and {@link Fp2#sqrt()}, the sliding-window exponentiation against {@link BigInteger#modPow}, whole maps against
 * {@link MapToCurveReference} (the former implementation).
 */
class MapToCurveTest {
    static final BigInteger P = Fp.MODULUS;

    /** Euler's criterion on the norm, in BigInteger arithmetic: is a0 + a1·u a square in F_p² (0 counts)? */
    static boolean isSquareBig(Fp2 a) {
        BigInteger a0 = a.c0().toBigInteger(), a1 = a.c1().toBigInteger();
        BigInteger n = a0.multiply(a0).add(a1.multiply(a1)).mod(P);
        return n.signum() == 0 || n.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    }

    /** (x0 + x1·u)² in BigInteger arithmetic with u² = −1. */
    static Fp2 squareBig(Fp2 x) {
        BigInteger x0 = x.c0().toBigInteger(), x1 = x.c1().toBigInteger();
        return new Fp2(Fp.of(x0.multiply(x0).subtract(x1.multiply(x1)).mod(P)), Fp.of(x0.multiply(x1).shiftLeft(1).mod(P)));
    }

    static void checkSqrt(Fp2 a) {
        Fp2 r = MapToCurve.sqrtFp2(a);
        boolean square = isSquareBig(a);
        assertThat(r != null).as("square root exists for %s", a).isEqualTo(square);
        assertThat(a.sqrt() != null).isEqualTo(square);
        if (r != null) {
            assertThat(squareBig(r)).isEqualTo(a);
            Fp2 old = a.sqrt();
            assertThat(r.equals(old) || r.equals(old.neg())).isTrue();
        }
    }

    @Property(tries = 300)
    void sqrtFp2OfRandomElements(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp2 x = FieldPropertiesTest.randomFp2(rnd);
        checkSqrt(x);
        checkSqrt(x.square());
        // purely real and purely imaginary elements take the a1 = 0 branch or have δ on both sides
        Fp c = Fp.of(new BigInteger(400, rnd));
        checkSqrt(new Fp2(c, Fp.ZERO));
        checkSqrt(new Fp2(c.square(), Fp.ZERO));
        checkSqrt(new Fp2(c.square().neg(), Fp.ZERO));
        checkSqrt(new Fp2(Fp.ZERO, c));
        checkSqrt(new Fp2(c, Fp.ZERO).square());
        checkSqrt(new Fp2(Fp.ZERO, c).square());
    }

    @Test
    void sqrtFp2OfSmallElements() {
        checkSqrt(Fp2.ZERO);
        assertThat(MapToCurve.sqrtFp2(Fp2.ZERO)).isEqualTo(Fp2.ZERO);
        for (int i = -20; i <= 20; i++) {
            for (int j = -3; j <= 3; j++) {
                checkSqrt(new Fp2(Fp.of(i), Fp.of(j)));
            }
        }
        checkSqrt(MapToCurve.G2_Z);
        assertThat(MapToCurve.sqrtFp2(MapToCurve.G2_Z)).isNull();
    }

    /** A wrong norm root must not produce a wrong square root: either null or a true root. */
    @Property(tries = 100)
    void sqrtWithWrongNormRootNeverLies(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp2 a = FieldPropertiesTest.randomFp2(rnd).square();
        Fp s = Fp.of(new BigInteger(400, rnd));
        Fp2 r = MapToCurve.sqrtWithNormRoot(a, s);
        if (r != null) {
            assertThat(squareBig(r)).isEqualTo(a);
        }
    }

    @Property(tries = 100)
    void slidingWindowPowMatchesModPow(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp x = Fp.of(new BigInteger(400, rnd));
        BigInteger xb = x.toBigInteger();
        BigInteger e1 = P.add(BigInteger.ONE).shiftRight(2);
        BigInteger e2 = P.subtract(BigInteger.valueOf(3)).shiftRight(2);
        assertThat(FpExponent.P_PLUS_1_DIV_4.pow(x).toBigInteger()).isEqualTo(xb.modPow(e1, P));
        assertThat(FpExponent.P_MINUS_3_DIV_4.pow(x).toBigInteger()).isEqualTo(xb.modPow(e2, P));
        BigInteger e = new BigInteger(1 + rnd.nextInt(400), rnd).setBit(0).or(BigInteger.ONE.shiftLeft(rnd.nextInt(8)));
        assertThat(new FpExponent(e).pow(x).toBigInteger()).isEqualTo(xb.modPow(e, P));
        BigInteger even = e.shiftLeft(1 + rnd.nextInt(7));
        assertThat(new FpExponent(even).pow(x).toBigInteger()).isEqualTo(xb.modPow(even, P));
    }

    @Property(tries = 60)
    void mapToG2MatchesTheFormerImplementation(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp2 u = FieldPropertiesTest.randomFp2(rnd);
        assertThat(MapToCurve.mapToG2NoClear(u)).isEqualTo(MapToCurveReference.mapToG2NoClear(u));
        G2Point q = MapToCurve.mapToG2(u);
        assertThat(q).isEqualTo(MapToCurveReference.mapToG2(u));
        assertThat(Eip2537Codec.encodeG2(q)).isEqualTo(Eip2537Codec.encodeG2(MapToCurveReference.mapToG2(u)));
    }

    @Test
    void mapToG2OfSpecialInputs() {
        Fp2[] inputs = {
            Fp2.ZERO, Fp2.ONE, Fp2.ONE.neg(), Fp2.U, Fp2.U.neg(), new Fp2(Fp.of(5), Fp.ZERO), new Fp2(Fp.ZERO, Fp.of(7)),
            new Fp2(Fp.ONE.neg(), Fp.ONE.neg()),
        };
        for (Fp2 u : inputs) {
            assertThat(MapToCurve.mapToG2(u)).as("u = %s", u).isEqualTo(MapToCurveReference.mapToG2(u));
        }
    }

    @Property(tries = 100)
    void mapToG1MatchesTheFormerImplementation(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp u = Fp.of(new BigInteger(400, rnd));
        G1Point p = MapToCurve.mapToG1(u);
        assertThat(p).isEqualTo(MapToCurveReference.mapToG1(u));
    }

    @Test
    void mapToG1OfSpecialInputs() {
        for (int i = -10; i <= 10; i++) {
            assertThat(MapToCurve.mapToG1(Fp.of(i))).isEqualTo(MapToCurveReference.mapToG1(Fp.of(i)));
        }
    }
}
