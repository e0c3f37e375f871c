package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The tower's arithmetic against BigInteger arithmetic mod p and against its own algebraic identities. */
class FieldPropertiesTest {
    static final BigInteger P = Fp.MODULUS;

    @Provide
    Arbitrary<BigInteger> fieldValues() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, P.subtract(BigInteger.ONE)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE),
                        P.subtract(BigInteger.TWO), P.shiftRight(1), BigInteger.ONE.shiftLeft(380)));
    }

    @Property(tries = 300)
    void fpMatchesBigInteger(@ForAll("fieldValues") BigInteger a, @ForAll("fieldValues") BigInteger b) {
        Fp x = Fp.of(a), y = Fp.of(b);
        assertThat(x.add(y).toBigInteger()).isEqualTo(a.add(b).mod(P));
        assertThat(x.sub(y).toBigInteger()).isEqualTo(a.subtract(b).mod(P));
        assertThat(x.mul(y).toBigInteger()).isEqualTo(a.multiply(b).mod(P));
        assertThat(x.square().toBigInteger()).isEqualTo(a.multiply(a).mod(P));
        assertThat(x.neg().toBigInteger()).isEqualTo(a.negate().mod(P));
        if (a.signum() != 0) {
            assertThat(x.inverse().toBigInteger()).isEqualTo(a.modInverse(P));
        }
    }

    /** The flat F_p² limb code (lazy Karatsuba, unreduced-sum squaring, add/sub chains) against BigInteger. */
    @Property(tries = 300)
    void fp2MatchesBigInteger(@ForAll("fieldValues") BigInteger x0, @ForAll("fieldValues") BigInteger x1,
            @ForAll("fieldValues") BigInteger y0, @ForAll("fieldValues") BigInteger y1) {
        Fp2 x = new Fp2(Fp.of(x0), Fp.of(x1)), y = new Fp2(Fp.of(y0), Fp.of(y1));
        assertFp2(x.mul(y), x0.multiply(y0).subtract(x1.multiply(y1)), x0.multiply(y1).add(x1.multiply(y0)));
        assertFp2(x.square(), x0.multiply(x0).subtract(x1.multiply(x1)), x0.multiply(x1).shiftLeft(1));
        assertFp2(x.add(y), x0.add(y0), x1.add(y1));
        assertFp2(x.sub(y), x0.subtract(y0), x1.subtract(y1));
        assertFp2(x.neg(), x0.negate(), x1.negate());
        assertFp2(x.conjugate(), x0, x1.negate());
        assertFp2(x.mulByXi(), x0.subtract(x1), x0.add(x1));
        assertFp2(x.mul(Fp.of(y0)), x0.multiply(y0), x1.multiply(y0));
    }

    private static void assertFp2(Fp2 v, BigInteger re, BigInteger im) {
        assertThat(v.c0().toBigInteger()).isEqualTo(re.mod(P));
        assertThat(v.c1().toBigInteger()).isEqualTo(im.mod(P));
    }

    /** Two lines multiplied together and then into f equal two sparse multiplications into f. */
    @Property(tries = 50)
    void lineProductAgreesWithTwoSparseMultiplications(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp12 f = randomFp12(rnd);
        Fp2 d0 = randomFp2(rnd), d1 = randomFp2(rnd), d4 = randomFp2(rnd);
        Fp2 e0 = randomFp2(rnd), e1 = randomFp2(rnd), e4 = randomFp2(rnd);
        Fp12 expected = f.mulBy014(d0, d1, d4).mulBy014(e0, e1, e4);
        assertThat(f.mulByLineProduct(Fp12.lineProduct(d0, d1, d4, e0, e1, e4))).isEqualTo(expected);
        Fp12 line = new Fp12(new Fp6(d0, d1, Fp2.ZERO), new Fp6(Fp2.ZERO, d4, Fp2.ZERO));
        Fp12 other = new Fp12(new Fp6(e0, e1, Fp2.ZERO), new Fp6(Fp2.ZERO, e4, Fp2.ZERO));
        assertThat(Fp12.lineProduct(d0, d1, d4, e0, e1, e4)).isEqualTo(line.mul(other));
    }

    /** The windowed exponentiation against BigInteger.modPow. */
    @Property(tries = 50)
    void fpPowMatchesModPow(@ForAll("fieldValues") BigInteger a, @ForAll("fieldValues") BigInteger e) {
        assertThat(Fp.of(a).pow(Fp.limbs(e)).toBigInteger()).isEqualTo(a.modPow(e, P));
    }

    @Property(tries = 100)
    void fpSqrtAndSquareness(@ForAll("fieldValues") BigInteger a) {
        Fp x = Fp.of(a);
        boolean euler = a.signum() == 0 || a.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
        assertThat(x.isSquare()).isEqualTo(euler);
        Fp s = x.sqrt();
        assertThat(s != null).isEqualTo(euler);
        if (s != null) {
            assertThat(s.square()).isEqualTo(x);
        }
        assertThat(x.square().sqrt()).isNotNull();
    }

    @Property(tries = 200)
    void fpBytesRoundTrip(@ForAll("fieldValues") BigInteger a) {
        Fp x = Fp.of(a);
        byte[] b = x.toBytes();
        assertThat(new BigInteger(1, b)).isEqualTo(a);
        assertThat(Fp.fromBytes(b, 0)).isEqualTo(x);
    }

    @Test
    void fromBytesRejectsValuesAtOrAboveP() {
        byte[] p = toBytes48(P);
        assertThat(Fp.fromBytes(p, 0)).isNull();
        assertThat(Fp.fromBytes(toBytes48(P.add(BigInteger.ONE)), 0)).isNull();
        byte[] max = new byte[48];
        java.util.Arrays.fill(max, (byte) 0xff);
        assertThat(Fp.fromBytes(max, 0)).isNull();
        assertThat(Fp.fromBytes(toBytes48(P.subtract(BigInteger.ONE)), 0)).isNotNull();
    }

    static byte[] toBytes48(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[48];
        int n = Math.min(48, raw.length);
        System.arraycopy(raw, raw.length - n, out, 48 - n, n);
        return out;
    }

    static Fp2 randomFp2(Random rnd) {
        return new Fp2(Fp.of(new BigInteger(400, rnd)), Fp.of(new BigInteger(400, rnd)));
    }

    static Fp6 randomFp6(Random rnd) {
        return new Fp6(randomFp2(rnd), randomFp2(rnd), randomFp2(rnd));
    }

    static Fp12 randomFp12(Random rnd) {
        return new Fp12(randomFp6(rnd), randomFp6(rnd));
    }

    @Property(tries = 50)
    void fp2Laws(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp2 a = randomFp2(rnd), b = randomFp2(rnd), c = randomFp2(rnd);
        assertThat(a.mul(b).mul(c)).isEqualTo(a.mul(b.mul(c)));
        assertThat(a.mul(b.add(c))).isEqualTo(a.mul(b).add(a.mul(c)));
        assertThat(a.square()).isEqualTo(a.mul(a));
        assertThat(a.mul(a.inverse())).isEqualTo(Fp2.ONE);
        assertThat(a.mulByXi()).isEqualTo(a.mul(new Fp2(Fp.ONE, Fp.ONE)));
        // u² = −1
        assertThat(Fp2.U.square()).isEqualTo(Fp2.ONE.neg());
        Fp2 s = a.square().sqrt();
        assertThat(s).isNotNull();
        assertThat(s.square()).isEqualTo(a.square());
        assertThat(a.isSquare()).isEqualTo(a.sqrt() != null);
        // Frobenius on F_p² is conjugation.
        assertThat(a.pow(P)).isEqualTo(a.conjugate());
    }

    @Test
    void fp2SquareAgreesWithBigIntegerAtTheEdges() {
        BigInteger pm1 = P.subtract(BigInteger.ONE);
        BigInteger[][] cases = {{pm1, pm1}, {pm1, BigInteger.ZERO}, {BigInteger.ZERO, pm1}, {BigInteger.ONE, pm1},
            {pm1, BigInteger.ONE}, {BigInteger.ZERO, BigInteger.ZERO}};
        for (BigInteger[] c : cases) {
            Fp2 sq = new Fp2(Fp.of(c[0]), Fp.of(c[1])).square();
            assertThat(sq.c0().toBigInteger()).isEqualTo(c[0].multiply(c[0]).subtract(c[1].multiply(c[1])).mod(P));
            assertThat(sq.c1().toBigInteger()).isEqualTo(c[0].multiply(c[1]).shiftLeft(1).mod(P));
        }
    }

    @Property(tries = 20)
    void fp6Laws(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp6 a = randomFp6(rnd), b = randomFp6(rnd), c = randomFp6(rnd);
        assertThat(a.mul(b).mul(c)).isEqualTo(a.mul(b.mul(c)));
        assertThat(a.square()).isEqualTo(a.mul(a));
        assertThat(a.mul(a.inverse())).isEqualTo(Fp6.ONE);
        Fp6 v = new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
        assertThat(a.mulByV()).isEqualTo(a.mul(v));
        Fp2 b0 = randomFp2(rnd), b1 = randomFp2(rnd);
        assertThat(a.mulBy01(b0, b1)).isEqualTo(a.mul(new Fp6(b0, b1, Fp2.ZERO)));
        assertThat(a.mulBy1(b1)).isEqualTo(a.mul(new Fp6(Fp2.ZERO, b1, Fp2.ZERO)));
    }

    static Fp12 pow(Fp12 a, BigInteger e) {
        Fp12 r = Fp12.ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) {
                r = r.mul(a);
            }
        }
        return r;
    }

    @Property(tries = 10)
    void fp12Laws(@ForAll long seed) {
        Random rnd = new Random(seed);
        Fp12 a = randomFp12(rnd), b = randomFp12(rnd), c = randomFp12(rnd);
        assertThat(a.mul(b).mul(c)).isEqualTo(a.mul(b.mul(c)));
        assertThat(a.square()).isEqualTo(a.mul(a));
        assertThat(a.mul(a.inverse())).isEqualTo(Fp12.ONE);
        Fp2 d0 = randomFp2(rnd), d1 = randomFp2(rnd), d4 = randomFp2(rnd);
        Fp12 sparse = new Fp12(new Fp6(d0, d1, Fp2.ZERO), new Fp6(Fp2.ZERO, d4, Fp2.ZERO));
        assertThat(a.mulBy014(d0, d1, d4)).isEqualTo(a.mul(sparse));
        assertThat(a.frobenius()).isEqualTo(pow(a, P));
        // Conjugation is the p⁶-power Frobenius.
        Fp12 f6 = a;
        for (int i = 0; i < 6; i++) {
            f6 = f6.frobenius();
        }
        assertThat(f6).isEqualTo(a.conjugate());
    }

    @Property(tries = 10)
    void cyclotomicSquaringAgreesInTheCyclotomicSubgroup(@ForAll long seed) {
        Fp12 a = randomFp12(new Random(seed));
        // a^((p⁶−1)(p²+1)) lies in the cyclotomic subgroup.
        Fp12 t = a.conjugate().mul(a.inverse());
        t = t.frobenius().frobenius().mul(t);
        assertThat(t.cyclotomicSquare()).isEqualTo(t.square());
        assertThat(t.cyclotomicPowAbsZ()).isEqualTo(pow(t, BigInteger.valueOf(Bls12381Params.Z_ABS).and(
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))));
        assertThat(t.mul(t.conjugate())).isEqualTo(Fp12.ONE);
        Fp12 plain = t;
        for (int n = 1; n <= 33; n++) {
            plain = plain.cyclotomicSquare();
            if (n == 1 || n == 12 || n == 16 || n == 33) {
                assertThat(t.compressedSquarings(n)).isEqualTo(plain);
            }
        }
    }

    @Test
    void compressedSquaringsOfOneFallBack() {
        // g3 = 0 for the identity: no decompression, and the exponentiation still gives 1.
        assertThat(Fp12.ONE.compressedSquarings(16)).isNull();
        assertThat(Fp12.ONE.cyclotomicPowAbsZ()).isEqualTo(Fp12.ONE);
    }
}
