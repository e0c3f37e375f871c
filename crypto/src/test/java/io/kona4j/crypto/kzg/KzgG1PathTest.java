package io.kona4j.crypto.kzg;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.bls12381.CompressedPoints;
import io.kona4j.crypto.bls12381.Fp;
import io.kona4j.crypto.bls12381.G1Point;
import io.kona4j.crypto.bls12381.G2Point;
import io.kona4j.crypto.bls12381.Pairing;
import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * verifyKzgProof's G1 path (joint walk for [z]π − [y]G1) against the pairing equation evaluated with the plain
 * double-and-add {@link G1Point#mul(BigInteger)}, on valid openings derived from the geth vector (C + [t]G opens to
 * y + t, and [s]C, [s]π to s·y), on infinity points and on points outside G1.
 */
class KzgG1PathTest {
    static final BigInteger R = new BigInteger(1, KzgPointEvaluation.BLS_MODULUS);
    static final G2Point TAU = CompressedPoints.decodeG2(KzgPointEvaluation.TAU_G2_COMPRESSED, 0);

    static byte[] b32(BigInteger v) {
        byte[] b = v.mod(R).toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    static boolean verify(G1Point c, BigInteger z, BigInteger y, G1Point pi) {
        byte[] cb = CompressedPoints.encodeG1(c), pb = CompressedPoints.encodeG1(pi);
        return KzgPointEvaluation.verifyKzgProof(cb, 0, b32(z), 0, b32(y), 0, pb, 0);
    }

    /** The reference: e(C − [y]G1 + [z]π, G2) · e(−π, [τ]G2) = 1 with plain multiplications. */
    static boolean reference(G1Point c, BigInteger z, BigInteger y, G1Point pi) {
        G1Point lhs = c.sub(G1Point.GENERATOR.mul(y)).add(pi.mul(z));
        return Pairing.pairingCheck(new G1Point[] {lhs, pi.neg()}, new G2Point[] {G2Point.GENERATOR, TAU});
    }

    static byte[] gethInput() throws Exception {
        return Hex.decode(KzgPointEvaluationTest.vectors().get(0).get("Input").asText());
    }

    @Property(tries = 6)
    void derivedOpeningsVerifyAndMatchTheReference(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        byte[] in = gethInput();
        G1Point c = CompressedPoints.decodeG1(in, 96);
        G1Point pi = CompressedPoints.decodeG1(in, 144);
        BigInteger z = new BigInteger(1, in, 32, 32);
        BigInteger y = new BigInteger(1, in, 64, 32);
        BigInteger s = new BigInteger(256, rnd).mod(R);
        BigInteger t = new BigInteger(256, rnd).mod(R);
        G1Point c2 = c.mul(s).add(G1Point.GENERATOR.mul(t));
        G1Point pi2 = pi.mul(s);
        BigInteger y2 = y.multiply(s).add(t).mod(R);
        assertThat(verify(c2, z, y2, pi2)).isTrue();
        assertThat(reference(c2, z, y2, pi2)).isTrue();
        assertThat(verify(c2, z, y2.add(BigInteger.ONE), pi2)).isFalse();
        assertThat(verify(c2, z.add(BigInteger.ONE), y2, pi2)).isFalse();
        assertThat(verify(c2, z, y2, pi2.add(G1Point.GENERATOR))).isFalse();
        // Random points and scalars: both sides agree (false).
        G1Point rc = G1Point.GENERATOR.mul(new BigInteger(256, rnd));
        G1Point rp = G1Point.GENERATOR.mul(new BigInteger(256, rnd));
        BigInteger rz = new BigInteger(256, rnd).mod(R), ry = new BigInteger(256, rnd).mod(R);
        assertThat(verify(rc, rz, ry, rp)).isEqualTo(reference(rc, rz, ry, rp));
    }

    @Test
    void constantPolynomialsAndInfinity() {
        Random rnd = new Random(4);
        for (int i = 0; i < 3; i++) {
            BigInteger a = new BigInteger(256, rnd).mod(R);
            BigInteger z = new BigInteger(256, rnd).mod(R);
            G1Point c = G1Point.GENERATOR.mul(a);
            // The constant polynomial a: the proof is the point at infinity, for every z.
            assertThat(verify(c, z, a, G1Point.INFINITY)).isTrue();
            assertThat(verify(c, z, a.add(BigInteger.ONE), G1Point.INFINITY)).isFalse();
            assertThat(verify(G1Point.INFINITY, z, BigInteger.ZERO, G1Point.INFINITY)).isTrue();
            assertThat(verify(G1Point.INFINITY, z, BigInteger.ONE, G1Point.INFINITY)).isFalse();
            assertThat(verify(c, BigInteger.ZERO, a, G1Point.INFINITY)).isTrue();
        }
    }

    @Test
    void pointsOutsideG1AreRejected() throws Exception {
        byte[] in = gethInput();
        G1Point c = CompressedPoints.decodeG1(in, 96);
        G1Point pi = CompressedPoints.decodeG1(in, 144);
        BigInteger z = new BigInteger(1, in, 32, 32);
        BigInteger y = new BigInteger(1, in, 64, 32);
        assertThat(verify(c, z, y, pi)).isTrue();
        Random rnd = new Random(8);
        BigInteger h = new BigInteger("396c8c005555e1568c00aaab0000aaab", 16);
        for (int i = 0; i < 4; i++) {
            G1Point off = randomCurvePoint(rnd);
            // off's part outside G1 alone (order dividing h), and the valid points plus it.
            G1Point torsion = off.mul(R);
            assertThat(torsion.mul(h).isInfinity()).isTrue();
            assertThat(torsion.isInfinity()).isFalse();
            assertThat(verify(c, z, y, pi.add(torsion))).isFalse();
            assertThat(verify(c.add(torsion), z, y, pi)).isFalse();
            assertThat(verify(c, z, y, off)).isFalse();
            assertThat(verify(off, z, y, pi)).isFalse();
        }
    }

    static G1Point randomCurvePoint(Random rnd) {
        while (true) {
            Fp x = Fp.of(new BigInteger(400, rnd));
            Fp yy = x.square().mul(x).add(Fp.of(4)).sqrt();
            if (yy != null) {
                return G1Point.fromAffine(x, yy);
            }
        }
    }
}
