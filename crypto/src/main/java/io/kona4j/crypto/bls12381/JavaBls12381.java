package io.kona4j.crypto.bls12381;

import static io.kona4j.crypto.bls12381.Eip2537Codec.G1;
import static io.kona4j.crypto.bls12381.Eip2537Codec.G2;
import static io.kona4j.crypto.bls12381.Eip2537Codec.SCALAR;

/** The pure-Java back end of the EIP-2537 precompiles (the default). */
public final class JavaBls12381 implements Bls12381Backend {
    public static final JavaBls12381 INSTANCE = new JavaBls12381();

    private JavaBls12381() {}

    @Override
    public byte[] g1Add(byte[] input) {
        G1Point a = Eip2537Codec.decodeG1(input, 0);
        G1Point b = a == null ? null : Eip2537Codec.decodeG1(input, G1);
        return b == null ? null : Eip2537Codec.encodeG1(a.add(b));
    }

    @Override
    public byte[] g2Add(byte[] input) {
        G2Point a = Eip2537Codec.decodeG2(input, 0);
        G2Point b = a == null ? null : Eip2537Codec.decodeG2(input, G2);
        return b == null ? null : Eip2537Codec.encodeG2(a.add(b));
    }

    @Override
    public byte[] g1Msm(byte[] input) {
        int k = input.length / (G1 + SCALAR);
        G1Point[] points = new G1Point[k];
        byte[] scalars = new byte[k * SCALAR];
        for (int i = 0; i < k; i++) {
            int off = i * (G1 + SCALAR);
            G1Point p = Eip2537Codec.decodeG1(input, off);
            if (p == null || !p.isInSubgroup()) {
                return null;
            }
            points[i] = p;
            System.arraycopy(input, off + G1, scalars, i * SCALAR, SCALAR);
        }
        return Eip2537Codec.encodeG1(Msm.g1(points, scalars));
    }

    @Override
    public byte[] g2Msm(byte[] input) {
        int k = input.length / (G2 + SCALAR);
        G2Point[] points = new G2Point[k];
        byte[] scalars = new byte[k * SCALAR];
        for (int i = 0; i < k; i++) {
            int off = i * (G2 + SCALAR);
            G2Point p = Eip2537Codec.decodeG2(input, off);
            if (p == null || !p.isInSubgroup()) {
                return null;
            }
            points[i] = p;
            System.arraycopy(input, off + G2, scalars, i * SCALAR, SCALAR);
        }
        return Eip2537Codec.encodeG2(Msm.g2(points, scalars));
    }

    @Override
    public byte[] pairing(byte[] input) {
        int k = input.length / (G1 + G2);
        G1Point[] ps = new G1Point[k];
        G2Point[] qs = new G2Point[k];
        for (int i = 0; i < k; i++) {
            int off = i * (G1 + G2);
            G1Point p = Eip2537Codec.decodeG1(input, off);
            if (p == null || !p.isInSubgroup()) {
                return null;
            }
            G2Point q = Eip2537Codec.decodeG2(input, off + G1);
            if (q == null || !q.isInSubgroup()) {
                return null;
            }
            ps[i] = p;
            qs[i] = q;
        }
        byte[] out = new byte[32];
        out[31] = (byte) (Pairing.pairingCheck(ps, qs) ? 1 : 0);
        return out;
    }

    @Override
    public String name() {
        return "java";
    }
}
