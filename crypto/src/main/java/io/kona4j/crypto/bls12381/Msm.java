package io.kona4j.crypto.bls12381;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ with 256-bit big-endian scalars (any value, not reduced mod r): a windowed
 * single multiplication for one pair, Pippenger's bucket method for more.
 */
public final class Msm {
    private Msm() {}

    /** The window width in bits for k pairs. */
    static int window(int k) {
        if (k < 8) {
            return 3;
        }
        return Math.min(14, 31 - Integer.numberOfLeadingZeros(k) - 1);
    }

    /** Scalar i's bits [start, start + c) as an int; scalars are 32-byte big-endian, packed at i·32. */
    private static int bits(byte[] scalars, int i, int start, int c) {
        int v = 0;
        for (int b = start + c - 1; b >= start; b--) {
            v <<= 1;
            if (b < 256) {
                v |= (scalars[i * 32 + 31 - (b >>> 3)] >>> (b & 7)) & 1;
            }
        }
        return v;
    }

    public static G1Point g1(G1Point[] points, byte[] scalars) {
        int k = points.length;
        if (k == 1) {
            return points[0].mul(scalars, 0, 32);
        }
        int c = window(k);
        int windows = (256 + c - 1) / c;
        G1Point[] buckets = new G1Point[(1 << c) - 1];
        G1Point result = G1Point.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int d = 0; d < c; d++) {
                result = result.dbl();
            }
            java.util.Arrays.fill(buckets, G1Point.INFINITY);
            for (int i = 0; i < k; i++) {
                int idx = bits(scalars, i, w * c, c);
                if (idx != 0) {
                    buckets[idx - 1] = buckets[idx - 1].add(points[i]);
                }
            }
            G1Point running = G1Point.INFINITY;
            G1Point sum = G1Point.INFINITY;
            for (int j = buckets.length - 1; j >= 0; j--) {
                running = running.add(buckets[j]);
                sum = sum.add(running);
            }
            result = result.add(sum);
        }
        return result;
    }

    public static G2Point g2(G2Point[] points, byte[] scalars) {
        int k = points.length;
        if (k == 1) {
            return points[0].mul(scalars, 0, 32);
        }
        int c = window(k);
        int windows = (256 + c - 1) / c;
        G2Point[] buckets = new G2Point[(1 << c) - 1];
        G2Point result = G2Point.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int d = 0; d < c; d++) {
                result = result.dbl();
            }
            java.util.Arrays.fill(buckets, G2Point.INFINITY);
            for (int i = 0; i < k; i++) {
                int idx = bits(scalars, i, w * c, c);
                if (idx != 0) {
                    buckets[idx - 1] = buckets[idx - 1].add(points[i]);
                }
            }
            G2Point running = G2Point.INFINITY;
            G2Point sum = G2Point.INFINITY;
            for (int j = buckets.length - 1; j >= 0; j--) {
                running = running.add(buckets[j]);
                sum = sum.add(running);
            }
            result = result.add(sum);
        }
        return result;
    }
}
