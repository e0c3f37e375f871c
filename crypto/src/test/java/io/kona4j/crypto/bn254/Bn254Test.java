package io.kona4j.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Bn254Test {
    /** The group order r of EIP-196. */
    static final BigInteger R = new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");

    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, R.subtract(BigInteger.ONE));
    }

    @Test
    void fieldArithmeticAgreesWithBigInteger() {
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            BigInteger a = new BigInteger(256, rnd).mod(Fp.P);
            BigInteger b = new BigInteger(256, rnd).mod(Fp.P);
            Fp x = Fp.fromBigInteger(a), y = Fp.fromBigInteger(b);
            assertThat(x.mul(y).toBigInteger()).isEqualTo(a.multiply(b).mod(Fp.P));
            assertThat(x.add(y).toBigInteger()).isEqualTo(a.add(b).mod(Fp.P));
            assertThat(x.sub(y).toBigInteger()).isEqualTo(a.subtract(b).mod(Fp.P));
            Fp2 xi = new Fp2(x, y).mulByXi();
            assertThat(xi.re().toBigInteger()).isEqualTo(a.multiply(BigInteger.valueOf(9)).subtract(b).mod(Fp.P));
            assertThat(xi.im().toBigInteger()).isEqualTo(b.multiply(BigInteger.valueOf(9)).add(a).mod(Fp.P));
            Fp2 prod = new Fp2(x, y).mul(new Fp2(y, x));
            assertThat(prod.re().toBigInteger()).isEqualTo(a.multiply(b).subtract(b.multiply(a)).mod(Fp.P));
            assertThat(prod.im().toBigInteger()).isEqualTo(a.multiply(a).add(b.multiply(b)).mod(Fp.P));
            if (a.signum() != 0) assertThat(x.inverse().toBigInteger()).isEqualTo(a.modInverse(Fp.P));
            Fp2 sq = new Fp2(x, y).square();
            assertThat(sq.re().toBigInteger()).isEqualTo(a.multiply(a).subtract(b.multiply(b)).mod(Fp.P));
            assertThat(sq.im().toBigInteger()).isEqualTo(a.multiply(b).shiftLeft(1).mod(Fp.P));
            Fp2 half = new Fp2(x, y).halve();
            BigInteger twoInv = BigInteger.TWO.modInverse(Fp.P);
            assertThat(half.re().toBigInteger()).isEqualTo(a.multiply(twoInv).mod(Fp.P));
            assertThat(half.im().toBigInteger()).isEqualTo(b.multiply(twoInv).mod(Fp.P));
        }
        BigInteger pm1 = Fp.P.subtract(BigInteger.ONE);
        assertThat(Fp.fromBigInteger(pm1).mul(Fp.fromBigInteger(pm1)).toBigInteger()).isOne();
        Fp2 big = new Fp2(Fp.fromBigInteger(pm1), Fp.fromBigInteger(pm1)).mulByXi();
        assertThat(big.re().toBigInteger()).isEqualTo(Fp.P.subtract(BigInteger.valueOf(8)));
        assertThat(big.im().toBigInteger()).isEqualTo(Fp.P.subtract(BigInteger.TEN));
        Fp2 bigSq = new Fp2(Fp.fromBigInteger(pm1), Fp.fromBigInteger(pm1)).square();
        assertThat(bigSq.re().toBigInteger()).isZero();
        assertThat(bigSq.im().toBigInteger()).isEqualTo(BigInteger.TWO);
        Fp2 realXi = new Fp2(Fp.fromBigInteger(pm1), Fp.ZERO).mulByXi();
        assertThat(realXi.re().toBigInteger()).isEqualTo(Fp.P.subtract(BigInteger.valueOf(9)));
        assertThat(realXi.im().toBigInteger()).isEqualTo(pm1);
    }

    @Property(tries = 200)
    void nafDigitsRecomposeTheScalar(@ForAll("scalars") BigInteger k) {
        for (int width : new int[] {2, 4}) {
            byte[] d = Naf.of(k, width);
            BigInteger sum = BigInteger.ZERO;
            for (int i = d.length - 1; i >= 0; i--) {
                sum = sum.shiftLeft(1).add(BigInteger.valueOf(d[i]));
                assertThat(d[i] == 0 || (d[i] & 1) != 0).isTrue();
                assertThat(Math.abs(d[i])).isLessThan(1 << (width - 1));
                for (int j = i + 1; j < Math.min(d.length, i + width); j++) {
                    assertThat(d[i] != 0 && d[j] != 0).isFalse();
                }
            }
            assertThat(sum).isEqualTo(k);
        }
    }

    @Test
    void generatorsHaveOrderR() {
        assertThat(G1.isOnCurve(Fp.ONE, Fp.fromBigInteger(BigInteger.TWO))).isTrue();
        assertThat(G1.GENERATOR.mul(toBytes32(R), 0).isInfinity()).isTrue();
        assertThat(G2.GENERATOR.mul(R).isInfinity()).isTrue();
        assertThat(G2.GENERATOR.isInSubgroup()).isTrue();
    }

    @Test
    void pairingOfTheGeneratorsIsNonDegenerateWithOrderR() {
        Fp12 e = pair(G1.GENERATOR, G2.GENERATOR);
        assertThat(e.isOne()).isFalse();
        assertThat(e.pow(R).isOne()).isTrue();
    }

    @Test
    void finalExponentiationIsThePowerP12Minus1OverR() {
        // The addition chain against a plain square-and-multiply by the exponent (p¹²−1)/r itself.
        Fp12 f = Pairing.millerLoop(List.of(new Pairing.Pair(G1.GENERATOR.x, G1.GENERATOR.y,
                G2.GENERATOR.x, G2.GENERATOR.y)));
        BigInteger e = Fp.P.pow(12).subtract(BigInteger.ONE).divide(R);
        assertThat(Pairing.finalExponentiation(f)).isEqualTo(f.pow(e));
    }

    @Test
    void cyclotomicSquaringAgreesWithSquaringInTheCyclotomicSubgroup() {
        Fp12 f = Pairing.millerLoop(List.of(new Pairing.Pair(G1.GENERATOR.x, G1.GENERATOR.y,
                G2.GENERATOR.x, G2.GENERATOR.y)));
        Fp12 t = f.conjugate().mul(f.inverse());
        Fp12 m = t.frobenius().frobenius().mul(t);
        assertThat(m.cyclotomicSquare()).isEqualTo(m.square());
        assertThat(m.mul(m.conjugate()).isOne()).isTrue();
        assertThat(f.frobenius()).isEqualTo(f.pow(Fp.P));
    }

    @Test
    void subgroupCheckAgreesWithMultiplicationByR() {
        Random rnd = new Random(7);
        BigInteger cofactor = Fp.P.shiftLeft(1).subtract(R);
        int outside = 0;
        for (int i = 0; i < 12; i++) {
            G2 q = randomTwistPoint(rnd);
            boolean inG2 = q.mul(R).isInfinity();
            assertThat(q.isInSubgroup()).isEqualTo(inG2);
            if (!inG2) outside++;
            G2 cleared = q.mul(cofactor);
            assertThat(cleared.mul(R).isInfinity()).isTrue();
            assertThat(cleared.isInSubgroup()).isTrue();
        }
        assertThat(outside).isPositive();
    }

    @Test
    void theMillerLoopSubgroupTestIsSound() {
        // φ = x³ − x² + x + (6u+2) at ψ, where ψ² = tψ − p (t = 6u² + 1): reduce f mod that to a·ψ + b; its degree
        // is the norm a²p + abt + b². It must vanish mod r and be coprime to the cofactor 2p − r.
        BigInteger u = G2.U, p = Fp.P, t = u.pow(2).multiply(BigInteger.valueOf(6)).add(BigInteger.ONE);
        BigInteger a = t.pow(2).subtract(p).subtract(t).add(BigInteger.ONE);
        BigInteger b = t.multiply(p).negate().add(p).add(u.multiply(BigInteger.valueOf(6))).add(BigInteger.TWO);
        BigInteger norm = a.pow(2).multiply(p).add(a.multiply(b).multiply(t)).add(b.pow(2));
        assertThat(norm.mod(R)).isZero();
        assertThat(norm.gcd(p.shiftLeft(1).subtract(R))).isOne();
        // And on points: outside G2 rejected, inside (cofactor cleared) accepted, also next to P = infinity.
        Random rnd = new Random(21);
        BigInteger cofactor = p.shiftLeft(1).subtract(R);
        for (int i = 0; i < 8; i++) {
            G2 q = randomTwistPoint(rnd);
            boolean inG2 = q.mul(R).isInfinity();
            for (G1 g1 : new G1[] {G1.GENERATOR, G1.INFINITY}) {
                byte[] in = new byte[2 * Bn254.PAIR_SIZE];
                System.arraycopy(Bn254.encodeG1(G1.GENERATOR), 0, in, 0, 64);
                System.arraycopy(Bn254.encodeG2(G2.GENERATOR), 0, in, 64, 128);
                System.arraycopy(Bn254.encodeG1(g1), 0, in, Bn254.PAIR_SIZE, 64);
                System.arraycopy(Bn254.encodeG2(q), 0, in, Bn254.PAIR_SIZE + 64, 128);
                assertThat(Bn254.pairingCheck(in) != null).isEqualTo(inG2);
                System.arraycopy(Bn254.encodeG2(q.mul(cofactor)), 0, in, Bn254.PAIR_SIZE + 64, 128);
                assertThat(Bn254.pairingCheck(in)).isNotNull();
            }
        }
    }

    @Test
    void aTwistPointOutsideG2IsRejectedByThePairing() {
        G2 q = randomTwistPoint(new Random(3));
        assertThat(q.isInSubgroup()).isFalse();
        byte[] in = new byte[Bn254.PAIR_SIZE];
        System.arraycopy(Bn254.encodeG1(G1.GENERATOR), 0, in, 0, 64);
        System.arraycopy(Bn254.encodeG2(q), 0, in, 64, 128);
        assertThat(Bn254.pairingCheck(in)).isNull();
    }

    @Test
    void malformedEncodingsAreRejected() {
        byte[] g = Bn254.encodeG1(G1.GENERATOR);
        byte[] offCurve = g.clone();
        offCurve[63] ^= 1;
        assertThat(Bn254.add(concat(offCurve, g))).isNull();
        assertThat(Bn254.mul(concat(offCurve, new byte[32]))).isNull();
        byte[] outOfField = toBytes32(Fp.P.add(BigInteger.ONE));
        assertThat(Bn254.add(concat(concat(outOfField, toBytes32(BigInteger.TWO)), g))).isNull();
        assertThat(Bn254.pairingCheck(new byte[191])).isNull();
        byte[] pair = concat(g, Bn254.encodeG2(G2.GENERATOR));
        byte[] g2OffCurve = pair.clone();
        g2OffCurve[191] ^= 1;
        assertThat(Bn254.pairingCheck(g2OffCurve)).isNull();
        byte[] g2OutOfField = pair.clone();
        System.arraycopy(toBytes32(Fp.P), 0, g2OutOfField, 64, 32);
        assertThat(Bn254.pairingCheck(g2OutOfField)).isNull();
    }

    @Test
    void infinityEncodingsWork() {
        byte[] g = Bn254.encodeG1(G1.GENERATOR);
        assertThat(Bn254.add(concat(g, new byte[64]))).isEqualTo(g);
        assertThat(Bn254.mul(concat(g, new byte[32]))).isEqualTo(new byte[64]);
        assertThat(Bn254.pairingCheck(concat(g, new byte[128]))).isTrue();
        assertThat(Bn254.pairingCheck(new byte[0])).isTrue();
    }

    @Property(tries = 60)
    void g1GroupLaws(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b, @ForAll("scalars") BigInteger c) {
        G1 p = g1(a), q = g1(b), s = g1(c);
        assertThat(p.add(q).add(s).sameAs(p.add(q.add(s)))).isTrue();
        assertThat(p.add(q).sameAs(q.add(p))).isTrue();
        assertThat(p.add(G1.INFINITY).sameAs(p)).isTrue();
        assertThat(p.add(p.neg()).isInfinity()).isTrue();
        assertThat(p.add(p).sameAs(p.dbl())).isTrue();
        assertThat(p.add(q).sameAs(g1(a.add(b).mod(R)))).isTrue();
    }

    @Property(tries = 20)
    void g2GroupLaws(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b, @ForAll("scalars") BigInteger c) {
        G2 p = G2.GENERATOR.mul(a), q = G2.GENERATOR.mul(b), s = G2.GENERATOR.mul(c);
        assertThat(p.add(q).add(s).sameAs(p.add(q.add(s)))).isTrue();
        assertThat(p.add(G2.INFINITY).sameAs(p)).isTrue();
        assertThat(p.add(p.neg()).isInfinity()).isTrue();
        assertThat(p.add(p).sameAs(p.dbl())).isTrue();
        assertThat(p.add(q).sameAs(G2.GENERATOR.mul(a.add(b).mod(R)))).isTrue();
        assertThat(p.isInSubgroup()).isTrue();
        assertThat(p.psi().sameAs(p.mul(Fp.P))).isTrue();
    }

    @Property(tries = 8)
    void pairingIsBilinear(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
        G1 p = g1(a);
        G2 q = G2.GENERATOR.mul(b);
        Fp12 base = pair(G1.GENERATOR, G2.GENERATOR);
        assertThat(pair(p, q)).isEqualTo(base.pow(a.multiply(b).mod(R)));
        assertThat(pair(p.add(G1.GENERATOR), q)).isEqualTo(pair(p, q).mul(pair(G1.GENERATOR, q)));
        // e(aP, bQ) · e(−abP, Q) = 1 through the precompile encoding.
        byte[] in = concat(concat(Bn254.encodeG1(p), Bn254.encodeG2(q)),
                concat(Bn254.encodeG1(g1(a.multiply(b).mod(R)).neg()), Bn254.encodeG2(G2.GENERATOR)));
        assertThat(Bn254.pairingCheck(in)).isTrue();
        byte[] wrong = concat(concat(Bn254.encodeG1(p), Bn254.encodeG2(q)),
                concat(Bn254.encodeG1(g1(a.multiply(b).add(BigInteger.ONE).mod(R)).neg()),
                        Bn254.encodeG2(G2.GENERATOR)));
        assertThat(Bn254.pairingCheck(wrong)).isFalse();
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrow(@ForAll byte[] in) {
        Bn254.add(in);
        Bn254.mul(in);
        Bn254.pairingCheck(in);
        Bn254.pairingCheck(Arrays.copyOf(in, Bn254.PAIR_SIZE));
    }

    private static G1 g1(BigInteger k) {
        return G1.GENERATOR.mul(toBytes32(k), 0);
    }

    private static Fp12 pair(G1 p, G2 q) {
        Fp[] a = p.toAffine();
        Fp2[] b = q.toAffine();
        return Pairing.pairing(List.of(new Pairing.Pair(a[0], a[1], b[0], b[1])));
    }

    /** A uniformly random point of E'(F_p²): random x until x³ + b' is a square (the tests' own square root). */
    static G2 randomTwistPoint(Random rnd) {
        while (true) {
            Fp2 x = new Fp2(Fp.fromBigInteger(new BigInteger(256, rnd)), Fp.fromBigInteger(new BigInteger(256, rnd)));
            Fp2 rhs = x.square().mul(x).add(G2.B);
            Fp2 y = sqrt(rhs);
            if (y != null) return G2.affine(x, y);
        }
    }

    /** Square root in F_p² for p ≡ 3 (mod 4) (Adj and Rodríguez-Henríquez, algorithm 9), or null. */
    private static Fp2 sqrt(Fp2 a) {
        Fp2 a1 = a.pow(Fp.P.subtract(BigInteger.valueOf(3)).shiftRight(2));
        Fp2 alpha = a1.square().mul(a);
        Fp2 a0 = alpha.pow(Fp.P).mul(alpha);
        Fp2 minusOne = Fp2.ONE.neg();
        if (a0.equals(minusOne)) return null;
        Fp2 x0 = a1.mul(a);
        Fp2 x = alpha.equals(minusOne)
                ? new Fp2(Fp.ZERO, Fp.ONE).mul(x0)
                : Fp2.ONE.add(alpha).pow(Fp.P.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
        return x.square().equals(a) ? x : null;
    }

    private static byte[] toBytes32(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
