package io.kona4j.host.single;

import java.math.BigInteger;

/**
 * The evaluation points of EIP-4844 blobs: the 4096th roots of unity of the BLS12-381 scalar field in bit-reversed
 * order (consensus-specs {@code compute_roots_of_unity} + {@code bit_reversal_permutation}; Kona's
 * {@code ROOTS_OF_UNITY}), each as 32 bytes big-endian. Field element {@code i} of a blob is the blob polynomial at
 * point {@code i}; its preimage key hashes {@code commitment ‖ point(i)}. Computed once, at first use.
 */
public final class BlobRootsOfUnity {
    public static final int FIELD_ELEMENTS_PER_BLOB = 4096;
    /** The BLS12-381 scalar field modulus r. */
    private static final BigInteger MODULUS =
            new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);
    /** A generator of the subgroup of order 2^32 (the primitive root 7 to the power (r − 1) / 2^32). */
    private static final BigInteger ROOT_OF_UNITY_2_32 =
            new BigInteger("10238227357739495823651030575849232062558860180284477541189508159991286009131");

    private static final byte[][] POINTS = compute();

    private BlobRootsOfUnity() {}

    /** Point {@code i} (0..4095) as 32 bytes big-endian; a fresh copy. */
    public static byte[] point(int i) {
        return POINTS[i].clone();
    }

    /** Copies point {@code i} into {@code dst} at {@code offset} (32 bytes). */
    public static void copyPoint(int i, byte[] dst, int offset) {
        System.arraycopy(POINTS[i], 0, dst, offset, 32);
    }

    private static byte[][] compute() {
        int log = Integer.numberOfTrailingZeros(FIELD_ELEMENTS_PER_BLOB);
        BigInteger generator = ROOT_OF_UNITY_2_32.modPow(BigInteger.ONE.shiftLeft(32 - log), MODULUS);
        byte[][] out = new byte[FIELD_ELEMENTS_PER_BLOB][];
        BigInteger current = BigInteger.ONE;
        for (int i = 0; i < FIELD_ELEMENTS_PER_BLOB; i++) {
            out[Integer.reverse(i) >>> (32 - log)] = toBytes32(current);
            current = current.multiply(generator).mod(MODULUS);
        }
        return out;
    }

    private static byte[] toBytes32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
