package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The blst back end and the pure-Java one agree on random and edge inputs, valid or not. */
class BlstDifferentialTest {
    static final Bls12381Backend JAVA = JavaBls12381.INSTANCE;
    static final Bls12381Backend BLST = BlstBls12381.instance();

    /** A G1 encoding: usually a subgroup point, sometimes infinity, a non-subgroup or off-curve point, bad bytes. */
    static byte[] g1(Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> new byte[128];
            case 1 -> Eip2537Codec.encodeG1(GroupPropertiesTest.randomCurvePointG1(rnd));
            case 2 -> {
                byte[] b = Eip2537Codec.encodeG1(GroupPropertiesTest.randomG1(rnd));
                b[127] ^= 1;
                yield b;
            }
            case 3 -> {
                byte[] b = Eip2537Codec.encodeG1(GroupPropertiesTest.randomG1(rnd));
                b[rnd.nextInt(16)] = 1;
                yield b;
            }
            default -> Eip2537Codec.encodeG1(GroupPropertiesTest.randomG1(rnd));
        };
    }

    static byte[] g2(Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> new byte[256];
            case 1 -> Eip2537Codec.encodeG2(GroupPropertiesTest.randomCurvePointG2(rnd));
            case 2 -> {
                byte[] b = Eip2537Codec.encodeG2(GroupPropertiesTest.randomG2(rnd));
                b[255] ^= 1;
                yield b;
            }
            case 3 -> {
                byte[] b = Eip2537Codec.encodeG2(GroupPropertiesTest.randomG2(rnd));
                System.arraycopy(FieldPropertiesTest.toBytes48(Fp.MODULUS), 0, b, 80, 48);
                yield b;
            }
            default -> Eip2537Codec.encodeG2(GroupPropertiesTest.randomG2(rnd));
        };
    }

    static byte[] scalar(Random rnd) {
        byte[] s = new byte[32];
        switch (rnd.nextInt(6)) {
            case 0 -> { }
            case 1 -> s[31] = 1;
            case 2 -> System.arraycopy(Hex.decode(Bls12381Params.R.toString(16)), 0, s, 0, 32);
            case 3 -> java.util.Arrays.fill(s, (byte) 0xff);
            default -> rnd.nextBytes(s);
        }
        return s;
    }

    static byte[] concat(byte[]... parts) {
        return MalformedInputTest.concat(parts);
    }

    static void same(byte[] a, byte[] b, String what) {
        assertThat(a == null ? "null" : Hex.encode(a)).as(what).isEqualTo(b == null ? "null" : Hex.encode(b));
    }

    @Property(tries = 60)
    void add(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] x = g1(rnd);
        byte[] in1 = concat(x, rnd.nextInt(5) == 0 ? x : g1(rnd));
        same(JAVA.g1Add(in1), BLST.g1Add(in1), "g1Add");
        byte[] y = g2(rnd);
        byte[] in2 = concat(y, rnd.nextInt(5) == 0 ? y : g2(rnd));
        same(JAVA.g2Add(in2), BLST.g2Add(in2), "g2Add");
    }

    @Property(tries = 30)
    void msm(@ForAll long seed) {
        Random rnd = new Random(seed);
        int k = 1 + rnd.nextInt(12);
        byte[] in1 = new byte[0];
        byte[] in2 = new byte[0];
        for (int i = 0; i < k; i++) {
            in1 = concat(in1, rnd.nextInt(4) == 0 ? g1(rnd) : Eip2537Codec.encodeG1(GroupPropertiesTest.randomG1(rnd)),
                    scalar(rnd));
            in2 = concat(in2, rnd.nextInt(4) == 0 ? g2(rnd) : Eip2537Codec.encodeG2(GroupPropertiesTest.randomG2(rnd)),
                    scalar(rnd));
        }
        same(JAVA.g1Msm(in1), BLST.g1Msm(in1), "g1Msm");
        same(JAVA.g2Msm(in2), BLST.g2Msm(in2), "g2Msm");
    }

    @Property(tries = 20)
    void pairing(@ForAll long seed) {
        Random rnd = new Random(seed);
        int k = 1 + rnd.nextInt(3);
        byte[] in = new byte[0];
        if (rnd.nextBoolean()) {
            // A product that is 1: e(aP, Q) · e(−P, aQ).
            G1Point p = GroupPropertiesTest.randomG1(rnd);
            G2Point q = GroupPropertiesTest.randomG2(rnd);
            BigInteger a = GroupPropertiesTest.scalar(rnd);
            in = concat(Eip2537Codec.encodeG1(p.mul(a)), Eip2537Codec.encodeG2(q),
                    Eip2537Codec.encodeG1(p.neg()), Eip2537Codec.encodeG2(q.mul(a)));
        }
        for (int i = 0; i < k; i++) {
            in = concat(in, rnd.nextInt(3) == 0 ? g1(rnd) : Eip2537Codec.encodeG1(GroupPropertiesTest.randomG1(rnd)),
                    rnd.nextInt(3) == 0 ? g2(rnd) : Eip2537Codec.encodeG2(GroupPropertiesTest.randomG2(rnd)));
        }
        same(JAVA.pairing(in), BLST.pairing(in), "pairing");
    }
}
