package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.kzg.KzgPointEvaluation;
import io.kona4j.crypto.precompile.PrecompiledContract;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Codec round trips and the precompiles' failure result (null, never an exception) for wrong lengths, bad padding,
 * values ≥ p, points off the curve and points outside the subgroup.
 */
class MalformedInputTest {
    static final List<PrecompiledContract> ALL = List.of(Bls12381Precompiles.g1Add(), Bls12381Precompiles.g1Msm(),
            Bls12381Precompiles.g2Add(), Bls12381Precompiles.g2Msm(), Bls12381Precompiles.pairing(),
            Bls12381Precompiles.mapFpToG1(), Bls12381Precompiles.mapFp2ToG2(), KzgPointEvaluation.INSTANCE);

    @Property(tries = 200)
    void arbitraryBytesGiveNullOrAnOutputNeverAnException(@ForAll @Size(max = 1200) byte[] input) {
        for (PrecompiledContract c : ALL) {
            assertThat(c.gas(input)).isNotNegative();
            byte[] out = c.run(input);
            assertThat(out == null || out.length > 0).isTrue();
        }
    }

    /** Inputs of the right length whose words are random: almost never valid, and never an exception. */
    @Property(tries = 100)
    void rightLengthRandomContent(@ForAll long seed) {
        Random rnd = new Random(seed);
        int[] lengths = {256, 160, 512, 288, 384, 64, 128, 192};
        for (int i = 0; i < ALL.size(); i++) {
            byte[] in = new byte[lengths[i]];
            rnd.nextBytes(in);
            // Keep the padding zero in half the cases so that the field and curve checks are reached.
            if (rnd.nextBoolean()) {
                for (int off = 0; off + 64 <= in.length; off += 64) {
                    java.util.Arrays.fill(in, off, off + 16, (byte) 0);
                    in[off + 16] &= 0x0f;
                }
            }
            ALL.get(i).run(in);
        }
    }

    @Property(tries = 30)
    void eip2537CodecRoundTrips(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = GroupPropertiesTest.randomG1(rnd);
        byte[] e = Eip2537Codec.encodeG1(p);
        assertThat(Eip2537Codec.decodeG1(e, 0)).isEqualTo(p);
        assertThat(Eip2537Codec.encodeG1(Eip2537Codec.decodeG1(e, 0))).isEqualTo(e);
        G2Point q = GroupPropertiesTest.randomG2(rnd);
        byte[] f = Eip2537Codec.encodeG2(q);
        assertThat(Eip2537Codec.decodeG2(f, 0)).isEqualTo(q);
        assertThat(Eip2537Codec.encodeG2(Eip2537Codec.decodeG2(f, 0))).isEqualTo(f);
    }

    @Property(tries = 30)
    void compressedCodecRoundTrips(@ForAll long seed) {
        Random rnd = new Random(seed);
        G1Point p = GroupPropertiesTest.randomG1(rnd);
        assertThat(CompressedPoints.decodeG1(CompressedPoints.encodeG1(p), 0)).isEqualTo(p);
        assertThat(CompressedPoints.decodeG1(CompressedPoints.encodeG1(p.neg()), 0)).isEqualTo(p.neg());
        G2Point q = GroupPropertiesTest.randomG2(rnd);
        assertThat(CompressedPoints.decodeG2(CompressedPoints.encodeG2(q), 0)).isEqualTo(q);
        assertThat(CompressedPoints.decodeG2(CompressedPoints.encodeG2(q.neg()), 0)).isEqualTo(q.neg());
    }

    @Test
    void compressedInfinityAndBadFlags() {
        byte[] inf = CompressedPoints.encodeG1(G1Point.INFINITY);
        assertThat(inf[0] & 0xff).isEqualTo(0xc0);
        assertThat(CompressedPoints.decodeG1(inf, 0).isInfinity()).isTrue();
        byte[] bad = inf.clone();
        bad[47] = 1;
        assertThat(CompressedPoints.decodeG1(bad, 0)).isNull();
        bad = inf.clone();
        bad[0] |= 0x20;
        assertThat(CompressedPoints.decodeG1(bad, 0)).isNull();
        byte[] uncompressedFlag = CompressedPoints.encodeG1(G1Point.GENERATOR);
        uncompressedFlag[0] &= 0x7f;
        assertThat(CompressedPoints.decodeG1(uncompressedFlag, 0)).isNull();
        // The generator's known compressed form (consensus specs, G1_POINT_AT_GENERATOR).
        assertThat(io.kona4j.primitives.Hex.encodeNoPrefix(CompressedPoints.encodeG1(G1Point.GENERATOR))).isEqualTo(
                "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb");
    }

    static byte[] g1Bytes(G1Point p) {
        return Eip2537Codec.encodeG1(p);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }

    @Test
    void pointsOutsideTheSubgroupAreAddedButNotMultipliedOrPaired() {
        Random rnd = new Random(3);
        G1Point off = GroupPropertiesTest.randomCurvePointG1(rnd);
        assertThat(off.isInSubgroup()).isFalse();
        G2Point off2 = GroupPropertiesTest.randomCurvePointG2(rnd);
        assertThat(off2.isInSubgroup()).isFalse();
        byte[] one = new byte[32];
        one[31] = 1;
        assertThat(Bls12381Precompiles.g1Add().run(concat(g1Bytes(off), g1Bytes(G1Point.GENERATOR))))
                .isEqualTo(g1Bytes(off.add(G1Point.GENERATOR)));
        assertThat(Bls12381Precompiles.g2Add().run(concat(Eip2537Codec.encodeG2(off2), Eip2537Codec.encodeG2(off2))))
                .isEqualTo(Eip2537Codec.encodeG2(off2.dbl()));
        assertThat(Bls12381Precompiles.g1Msm().run(concat(g1Bytes(off), one))).isNull();
        assertThat(Bls12381Precompiles.g2Msm().run(concat(Eip2537Codec.encodeG2(off2), one))).isNull();
        assertThat(Bls12381Precompiles.pairing().run(concat(g1Bytes(off), Eip2537Codec.encodeG2(G2Point.GENERATOR))))
                .isNull();
        assertThat(Bls12381Precompiles.pairing().run(concat(g1Bytes(G1Point.GENERATOR), Eip2537Codec.encodeG2(off2))))
                .isNull();
    }

    @Test
    void offCurveOutOfFieldAndBadPaddingAreRejected() {
        byte[] g = g1Bytes(G1Point.GENERATOR);
        byte[] offCurve = g.clone();
        offCurve[127] ^= 1;
        assertThat(Bls12381Precompiles.g1Add().run(concat(offCurve, g))).isNull();
        byte[] padded = g.clone();
        padded[0] = 1;
        assertThat(Bls12381Precompiles.g1Add().run(concat(padded, g))).isNull();
        byte[] outOfField = g.clone();
        // x + p has the same residue but is not a canonical encoding.
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(g, 16, 64)).add(Fp.MODULUS);
        byte[] xb = FieldPropertiesTest.toBytes48(x);
        if (x.bitLength() <= 384) {
            System.arraycopy(xb, 0, outOfField, 16, 48);
            assertThat(Bls12381Precompiles.g1Add().run(concat(outOfField, g))).isNull();
        }
        byte[] pEncoded = new byte[64];
        System.arraycopy(FieldPropertiesTest.toBytes48(Fp.MODULUS), 0, pEncoded, 16, 48);
        assertThat(Bls12381Precompiles.mapFpToG1().run(pEncoded)).isNull();
        assertThat(Bls12381Precompiles.mapFp2ToG2().run(concat(new byte[64], pEncoded))).isNull();
        // The all-zero encoding is infinity; (0, 3) is off the curve, while (0, 2) is on it (a point of order 3,
        // outside G1): ADD takes it, MSM does not.
        byte[] zeroX = new byte[128];
        zeroX[127] = 3;
        assertThat(Bls12381Precompiles.g1Add().run(concat(zeroX, g))).isNull();
        zeroX[127] = 2;
        // (0, 2) has order 3, so (0, 2) + (0, 2) = −(0, 2) = (0, p − 2).
        byte[] minus = new byte[128];
        System.arraycopy(FieldPropertiesTest.toBytes48(Fp.MODULUS.subtract(BigInteger.TWO)), 0, minus, 80, 48);
        assertThat(Bls12381Precompiles.g1Add().run(concat(zeroX, zeroX))).isEqualTo(minus);
        assertThat(Bls12381Precompiles.g1Msm().run(concat(zeroX, new byte[32]))).isNull();
        assertThat(Bls12381Precompiles.g1Add().run(new byte[256])).isEqualTo(new byte[128]);
    }

    @Test
    void wrongLengthsAreRejected() {
        for (int len : new int[] {0, 1, 255, 257}) {
            assertThat(Bls12381Precompiles.g1Add().run(new byte[len])).isNull();
        }
        for (int len : new int[] {0, 159, 161, 319}) {
            assertThat(Bls12381Precompiles.g1Msm().run(new byte[len])).isNull();
        }
        for (int len : new int[] {0, 287, 289}) {
            assertThat(Bls12381Precompiles.g2Msm().run(new byte[len])).isNull();
        }
        for (int len : new int[] {0, 383, 385}) {
            assertThat(Bls12381Precompiles.pairing().run(new byte[len])).isNull();
        }
        assertThat(Bls12381Precompiles.mapFpToG1().run(new byte[65])).isNull();
        assertThat(Bls12381Precompiles.mapFp2ToG2().run(new byte[64])).isNull();
    }

    @Test
    void gasSchedule() {
        // EIP-2537: k·multiplier·discount(k)/1000, discounts 1000, 949, … for G1 and 1000, 1000, 923, … for G2.
        assertThat(Bls12381Precompiles.g1Msm().gas(new byte[160])).isEqualTo(12000);
        assertThat(Bls12381Precompiles.g1Msm().gas(new byte[320])).isEqualTo(2 * 12000 * 949 / 1000);
        assertThat(Bls12381Precompiles.g1Msm().gas(new byte[160 * 200])).isEqualTo(200L * 12000 * 519 / 1000);
        assertThat(Bls12381Precompiles.g2Msm().gas(new byte[288 * 3])).isEqualTo(3 * 22500 * 923 / 1000);
        assertThat(Bls12381Precompiles.g2Msm().gas(new byte[288 * 129])).isEqualTo(129L * 22500 * 524 / 1000);
        assertThat(Bls12381Precompiles.g1Msm().gas(new byte[100])).isZero();
        assertThat(Bls12381Precompiles.pairing().gas(new byte[384 * 2])).isEqualTo(37700 + 2 * 32600);
        assertThat(Bls12381Precompiles.pairing().gas(new byte[0])).isEqualTo(37700);
        assertThat(Bls12381Precompiles.g1Add().gas(new byte[0])).isEqualTo(375);
        assertThat(Bls12381Precompiles.g2Add().gas(new byte[0])).isEqualTo(600);
        assertThat(Bls12381Precompiles.mapFpToG1().gas(new byte[0])).isEqualTo(5500);
        assertThat(Bls12381Precompiles.mapFp2ToG2().gas(new byte[0])).isEqualTo(23800);
    }
}
