package io.kona4j.crypto.bls12381;

/**
 * The EIP-2537 encodings: a field element is 64 bytes, 16 zero bytes then 48 big-endian bytes below p; a G1 point is
 * x ‖ y (128 bytes), a G2 point x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1 (256 bytes); the point at infinity is all zeros. Decoders
 * return null for anything the EIP rejects (bad padding, value ≥ p, point off its curve).
 */
final class Eip2537Codec {
    static final int FP = 64;
    static final int G1 = 128;
    static final int G2 = 256;
    static final int SCALAR = 32;

    private Eip2537Codec() {}

    static Fp decodeFp(byte[] in, int off) {
        for (int i = 0; i < 16; i++) {
            if (in[off + i] != 0) {
                return null;
            }
        }
        return Fp.fromBytes(in, off + 16);
    }

    static Fp2 decodeFp2(byte[] in, int off) {
        Fp c0 = decodeFp(in, off);
        Fp c1 = c0 == null ? null : decodeFp(in, off + FP);
        return c1 == null ? null : new Fp2(c0, c1);
    }

    static G1Point decodeG1(byte[] in, int off) {
        Fp x = decodeFp(in, off);
        Fp y = x == null ? null : decodeFp(in, off + FP);
        if (y == null) {
            return null;
        }
        if (x.isZero() && y.isZero()) {
            return G1Point.INFINITY;
        }
        G1Point p = G1Point.fromAffine(x, y);
        return p.isOnCurve() ? p : null;
    }

    static G2Point decodeG2(byte[] in, int off) {
        Fp2 x = decodeFp2(in, off);
        Fp2 y = x == null ? null : decodeFp2(in, off + 2 * FP);
        if (y == null) {
            return null;
        }
        if (x.isZero() && y.isZero()) {
            return G2Point.INFINITY;
        }
        G2Point p = G2Point.fromAffine(x, y);
        return p.isOnCurve() ? p : null;
    }

    static void encodeFp(Fp v, byte[] out, int off) {
        v.toBytes(out, off + 16);
    }

    static byte[] encodeG1(G1Point p) {
        byte[] out = new byte[G1];
        if (!p.isInfinity()) {
            G1Point a = p.toAffine();
            encodeFp(a.x, out, 0);
            encodeFp(a.y, out, FP);
        }
        return out;
    }

    static byte[] encodeG2(G2Point p) {
        byte[] out = new byte[G2];
        if (!p.isInfinity()) {
            G2Point a = p.toAffine();
            encodeFp(a.x.c0(), out, 0);
            encodeFp(a.x.c1(), out, FP);
            encodeFp(a.y.c0(), out, 2 * FP);
            encodeFp(a.y.c1(), out, 3 * FP);
        }
        return out;
    }
}
