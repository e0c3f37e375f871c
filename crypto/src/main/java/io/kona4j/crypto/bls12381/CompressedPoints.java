package io.kona4j.crypto.bls12381;

/**
 * The ZCash point encoding used by KZG commitments and proofs and by the trusted setup: x only (G1: 48 bytes, G2: 96
 * bytes as x.c1 ‖ x.c0), with three flags in the top bits of the first byte: 0x80 compressed (required), 0x40 point
 * at infinity (then every other bit is zero), 0x20 y is the lexicographically larger root. Decoders return null for
 * any encoding that is malformed, off the curve or (when asked) outside the subgroup.
 */
public final class CompressedPoints {
    private static final int COMPRESSED = 0x80;
    private static final int INFINITY = 0x40;
    private static final int SIGN = 0x20;

    private CompressedPoints() {}

    /** A 48-byte compressed G1 point at {@code off}, checked on the curve and in G1; null when not valid. */
    public static G1Point decodeG1(byte[] in, int off) {
        G1Point p = decodeG1OnCurve(in, off);
        return p != null && p.isInSubgroup() ? p : null;
    }

    /**
     * As {@link #decodeG1}, keeping what the subgroup test computed for fast multiplication: null exactly when
     * {@link #decodeG1} is null.
     */
    public static G1SubgroupPoint decodeG1InSubgroup(byte[] in, int off) {
        G1Point p = decodeG1OnCurve(in, off);
        return p == null ? null : G1SubgroupPoint.of(p);
    }

    /** The point of a 48-byte compressed G1 encoding, on the curve (affine, or infinity), not checked in G1. */
    private static G1Point decodeG1OnCurve(byte[] in, int off) {
        int flags = in[off] & 0xe0;
        if ((flags & COMPRESSED) == 0) {
            return null;
        }
        byte[] xb = new byte[48];
        System.arraycopy(in, off, xb, 0, 48);
        xb[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            return (flags & SIGN) == 0 && allZero(xb) ? G1Point.INFINITY : null;
        }
        Fp x = Fp.fromBytes(xb, 0);
        if (x == null) {
            return null;
        }
        Fp y = x.square().mul(x).add(Bls12381Params.B).sqrt();
        if (y == null) {
            return null;
        }
        if (y.isLexicographicallyLargest() != ((flags & SIGN) != 0)) {
            y = y.neg();
        }
        return G1Point.fromAffine(x, y);
    }

    public static byte[] encodeG1(G1Point p) {
        byte[] out = new byte[48];
        if (p.isInfinity()) {
            out[0] = (byte) (COMPRESSED | INFINITY);
            return out;
        }
        G1Point a = p.toAffine();
        a.x.toBytes(out, 0);
        out[0] |= (byte) (COMPRESSED | (a.y.isLexicographicallyLargest() ? SIGN : 0));
        return out;
    }

    /** A 96-byte compressed G2 point at {@code off}, checked on the twist and in G2; null when not valid. */
    public static G2Point decodeG2(byte[] in, int off) {
        int flags = in[off] & 0xe0;
        if ((flags & COMPRESSED) == 0) {
            return null;
        }
        byte[] xb = new byte[96];
        System.arraycopy(in, off, xb, 0, 96);
        xb[0] &= 0x1f;
        if ((flags & INFINITY) != 0) {
            return (flags & SIGN) == 0 && allZero(xb) ? G2Point.INFINITY : null;
        }
        Fp c1 = Fp.fromBytes(xb, 0);
        Fp c0 = c1 == null ? null : Fp.fromBytes(xb, 48);
        if (c0 == null) {
            return null;
        }
        Fp2 x = new Fp2(c0, c1);
        Fp2 y = x.square().mul(x).add(Bls12381Params.B2).sqrt();
        if (y == null) {
            return null;
        }
        if (lexicographicallyLargest(y) != ((flags & SIGN) != 0)) {
            y = y.neg();
        }
        G2Point p = G2Point.fromAffine(x, y);
        return p.isInSubgroup() ? p : null;
    }

    public static byte[] encodeG2(G2Point p) {
        byte[] out = new byte[96];
        if (p.isInfinity()) {
            out[0] = (byte) (COMPRESSED | INFINITY);
            return out;
        }
        G2Point a = p.toAffine();
        a.x.c1().toBytes(out, 0);
        a.x.c0().toBytes(out, 48);
        out[0] |= (byte) (COMPRESSED | (lexicographicallyLargest(a.y) ? SIGN : 0));
        return out;
    }

    /** For F_p² the imaginary part decides, the real part only when the imaginary part is zero. */
    private static boolean lexicographicallyLargest(Fp2 y) {
        return y.c1().isZero() ? y.c0().isLexicographicallyLargest() : y.c1().isLexicographicallyLargest();
    }

    private static boolean allZero(byte[] b) {
        int acc = 0;
        for (byte v : b) {
            acc |= v;
        }
        return acc == 0;
    }
}
