package io.kona4j.proof.l1;

import java.math.BigInteger;

/**
 * The 4096th roots of unity of the BLS12-381 scalar field in bit-reversed order, as 32-byte big-endian words: the
 * evaluation points of EIP-4844 blobs, and the {@code z} of each field element's blob preimage key (PROTOCOL.md §4;
 * Kona {@code l1/blob_provider.rs}). Root i is {@code w^rev(i)} with {@code w = g^(2^32/4096)}, {@code g} the
 * generator of the 2^32-order subgroup. Computed once at class load (not a hot path).
 */
public final class RootsOfUnity {
    /** The BLS12-381 scalar field modulus r. */
    static final BigInteger MODULUS =
            new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);
    /** Generator of the largest 2-adic subgroup (order 2^32). */
    static final BigInteger PRIMITIVE_ROOT_2_32 =
            new BigInteger("10238227357739495823651030575849232062558860180284477541189508159991286009131");
    public static final int FIELD_ELEMENTS_PER_BLOB = 4096;

    private static final byte[][] ROOTS = compute();

    private RootsOfUnity() {}

    /** Root {@code i} in bit-reversed order, 32 bytes big-endian (a copy). */
    public static byte[] root(int i) {
        return ROOTS[i].clone();
    }

    static byte[] rootUnsafe(int i) {
        return ROOTS[i];
    }

    private static byte[][] compute() {
        BigInteger w = PRIMITIVE_ROOT_2_32.modPow(BigInteger.ONE.shiftLeft(32 - 12), MODULUS);
        BigInteger[] natural = new BigInteger[FIELD_ELEMENTS_PER_BLOB];
        BigInteger cur = BigInteger.ONE;
        for (int i = 0; i < FIELD_ELEMENTS_PER_BLOB; i++) {
            natural[i] = cur;
            cur = cur.multiply(w).mod(MODULUS);
        }
        byte[][] out = new byte[FIELD_ELEMENTS_PER_BLOB][];
        for (int i = 0; i < FIELD_ELEMENTS_PER_BLOB; i++) {
            int rev = Integer.reverse(i) >>> (32 - 12);
            out[i] = toBytes32(natural[rev]);
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
