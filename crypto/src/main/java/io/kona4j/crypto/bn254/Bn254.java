package io.kona4j.crypto.bn254;

import java.util.ArrayList;
import java.util.List;

/**
 * BN254 (alt_bn128) on the encodings of EIP-196 and EIP-197: G1 points as {@code x ‖ y} (32-byte big-endian
 * coordinates, (0, 0) = infinity), G2 points as {@code x_im ‖ x_re ‖ y_im ‖ y_re} (all zero = infinity), scalars as
 * 32-byte big-endian integers. Every method validates what it decodes (coordinates below p, points on their curve,
 * G2 points in the order-r subgroup) and returns {@code null} for an invalid input; none throws on any input.
 */
public final class Bn254 {
    /** Bytes of one G1 point. */
    public static final int G1_SIZE = 64;
    /** Bytes of one G2 point. */
    public static final int G2_SIZE = 128;
    /** Bytes of one pairing-check pair. */
    public static final int PAIR_SIZE = G1_SIZE + G2_SIZE;

    private Bn254() {}

    /**
     * P + Q for two encoded G1 points at {@code in[0..64)} and {@code in[64..128)}; 64 bytes, or null if invalid.
     * As in the precompile, bytes past the end of {@code in} read as zeros and bytes after 128 are ignored.
     */
    public static byte[] add(byte[] in) {
        in = padded(in, 2 * G1_SIZE);
        G1 p = decodeG1(in, 0);
        G1 q = decodeG1(in, G1_SIZE);
        if (p == null || q == null) return null;
        return encodeG1(p.add(q));
    }

    /**
     * [k]P for an encoded G1 point at {@code in[0..64)} and a scalar at {@code in[64..96)}; or null if invalid.
     * Bytes past the end read as zeros, bytes after 96 are ignored.
     */
    public static byte[] mul(byte[] in) {
        in = padded(in, G1_SIZE + 32);
        G1 p = decodeG1(in, 0);
        if (p == null) return null;
        return encodeG1(p.mul(in, G1_SIZE));
    }

    /**
     * Whether e(P1, Q1)·…·e(Pk, Qk) = 1 for {@code k = in.length / 192} encoded pairs; null if the length is not a
     * multiple of 192 or any point is invalid. No pairs: true.
     */
    public static Boolean pairingCheck(byte[] in) {
        if (in.length % PAIR_SIZE != 0) return null;
        List<Pairing.Pair> pairs = new ArrayList<>(in.length / PAIR_SIZE);
        for (int off = 0; off < in.length; off += PAIR_SIZE) {
            G1 p = decodeG1(in, off);
            G2 q = decodeG2OnCurve(in, off + G1_SIZE);
            if (p == null || q == null) return null;
            if (q.isInfinity()) continue;
            if (p.isInfinity()) {
                // No Miller loop runs for this pair, so its G2 membership is checked on its own.
                if (!q.isInSubgroup()) return null;
                continue;
            }
            // Decoded points are affine (Z = 1).
            pairs.add(new Pairing.Pair(p.x, p.y, q.x, q.y));
        }
        if (pairs.isEmpty()) return true;
        // The Miller loop also decides G2 membership of every Q (Pairing.millerLoop(pairs, true)).
        Fp12 f = Pairing.millerLoop(pairs, true);
        return f == null ? null : Pairing.finalExponentiation(f).isOne();
    }

    static G1 decodeG1(byte[] in, int off) {
        Fp x = Fp.fromBytes(in, off);
        Fp y = Fp.fromBytes(in, off + 32);
        if (x == null || y == null) return null;
        if (x.isZero() && y.isZero()) return G1.INFINITY;
        return G1.isOnCurve(x, y) ? G1.affine(x, y) : null;
    }

    static G2 decodeG2(byte[] in, int off) {
        G2 q = decodeG2OnCurve(in, off);
        return q == null || q.isInSubgroup() ? q : null;
    }

    /** A G2 encoding checked for range and curve membership only (not for the subgroup); null if invalid. */
    static G2 decodeG2OnCurve(byte[] in, int off) {
        Fp xi = Fp.fromBytes(in, off);
        Fp xr = Fp.fromBytes(in, off + 32);
        Fp yi = Fp.fromBytes(in, off + 64);
        Fp yr = Fp.fromBytes(in, off + 96);
        if (xi == null || xr == null || yi == null || yr == null) return null;
        Fp2 x = new Fp2(xr, xi);
        Fp2 y = new Fp2(yr, yi);
        if (x.isZero() && y.isZero()) return G2.INFINITY;
        return G2.isOnCurve(x, y) ? G2.affine(x, y) : null;
    }

    static byte[] encodeG1(G1 p) {
        Fp[] a = p.toAffine();
        byte[] out = new byte[G1_SIZE];
        a[0].toBytes(out, 0);
        a[1].toBytes(out, 32);
        return out;
    }

    static byte[] encodeG2(G2 q) {
        Fp2[] a = q.toAffine();
        byte[] out = new byte[G2_SIZE];
        a[0].im().toBytes(out, 0);
        a[0].re().toBytes(out, 32);
        a[1].im().toBytes(out, 64);
        a[1].re().toBytes(out, 96);
        return out;
    }

    private static byte[] padded(byte[] in, int length) {
        return in.length == length ? in : java.util.Arrays.copyOf(in, length);
    }
}
