package io.kona4j.primitives;

/**
 * Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256), with an unrolled Keccak-f[1600]
 * permutation over local variables. One-shot static helpers for hot paths; an instance for streaming input.
 */
public final class Keccak256 {
    /** Sponge rate in bytes: 1600 - 2 * 256 bits. */
    private static final int RATE = 136;

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
    };

    private final long[] state = new long[25];
    private final byte[] block = new byte[RATE];
    private int blockLen;

    public Keccak256() {}

    public static byte[] digest(byte[] input) {
        return digest(input, 0, input.length);
    }

    public static byte[] digest(byte[] input, int offset, int length) {
        byte[] out = new byte[32];
        digestInto(input, offset, length, out, 0);
        return out;
    }

    public static Hash hash(byte[] input) {
        return Hash.wrap(digest(input, 0, input.length));
    }

    public static Hash hash(byte[] input, int offset, int length) {
        return Hash.wrap(digest(input, offset, length));
    }

    /** Hashes {@code input[offset, offset+length)} and writes the 32-byte digest at {@code out[outOffset]}. */
    public static void digestInto(byte[] input, int offset, int length, byte[] out, int outOffset) {
        long[] s = new long[25];
        int end = offset + length;
        int p = offset;
        while (end - p >= RATE) {
            for (int i = 0; i < RATE / 8; i++) s[i] ^= readLongLE(input, p + 8 * i);
            permute(s);
            p += RATE;
        }
        absorbFinal(s, input, p, end - p);
        squeeze(s, out, outOffset);
    }

    public Keccak256 update(byte[] input) {
        return update(input, 0, input.length);
    }

    public Keccak256 update(byte[] input, int offset, int length) {
        int p = offset;
        int end = offset + length;
        if (blockLen > 0) {
            int n = Math.min(RATE - blockLen, length);
            System.arraycopy(input, p, block, blockLen, n);
            blockLen += n;
            p += n;
            if (blockLen < RATE) return this;
            for (int i = 0; i < RATE / 8; i++) state[i] ^= readLongLE(block, 8 * i);
            permute(state);
            blockLen = 0;
        }
        while (end - p >= RATE) {
            for (int i = 0; i < RATE / 8; i++) state[i] ^= readLongLE(input, p + 8 * i);
            permute(state);
            p += RATE;
        }
        System.arraycopy(input, p, block, 0, end - p);
        blockLen = end - p;
        return this;
    }

    public Keccak256 update(byte b) {
        block[blockLen++] = b;
        if (blockLen == RATE) {
            for (int i = 0; i < RATE / 8; i++) state[i] ^= readLongLE(block, 8 * i);
            permute(state);
            blockLen = 0;
        }
        return this;
    }

    /** Finishes the hash and resets this instance for reuse. */
    public byte[] digest() {
        byte[] out = new byte[32];
        absorbFinal(state, block, 0, blockLen);
        squeeze(state, out, 0);
        java.util.Arrays.fill(state, 0L);
        blockLen = 0;
        return out;
    }

    /**
     * Absorbs the last {@code remaining} (< 136) bytes with the Keccak padding (0x01 after the data, 0x80 in the last
     * byte of the block) straight from the input, without copying it into a padded block.
     */
    private static void absorbFinal(long[] s, byte[] input, int offset, int remaining) {
        int words = remaining >>> 3;
        for (int i = 0; i < words; i++) s[i] ^= readLongLE(input, offset + 8 * i);
        int tail = remaining & 7;
        long w = 0;
        int p = offset + 8 * words;
        for (int j = 0; j < tail; j++) w |= (input[p + j] & 0xffL) << (8 * j);
        s[words] ^= w ^ (0x01L << (8 * tail));
        s[RATE / 8 - 1] ^= 0x80L << 56;
        permute(s);
    }

    private static void squeeze(long[] s, byte[] out, int off) {
        for (int i = 0; i < 4; i++) LONG_LE.set(out, off + 8 * i, s[i]);
    }

    private static final java.lang.invoke.VarHandle LONG_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static long readLongLE(byte[] b, int off) {
        return (long) LONG_LE.get(b, off);
    }

    private static void permute(long[] s) {
        long a00 = s[0]; long a01 = s[1]; long a02 = s[2]; long a03 = s[3]; long a04 = s[4]; long a05 = s[5]; long a06 = s[6]; long a07 = s[7]; long a08 = s[8]; long a09 = s[9]; long a10 = s[10]; long a11 = s[11]; long a12 = s[12]; long a13 = s[13]; long a14 = s[14]; long a15 = s[15]; long a16 = s[16]; long a17 = s[17]; long a18 = s[18]; long a19 = s[19]; long a20 = s[20]; long a21 = s[21]; long a22 = s[22]; long a23 = s[23]; long a24 = s[24];
        for (int round = 0; round < 24; round++) {
            long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            a00 ^= d0;
            a01 ^= d1;
            a02 ^= d2;
            a03 ^= d3;
            a04 ^= d4;
            a05 ^= d0;
            a06 ^= d1;
            a07 ^= d2;
            a08 ^= d3;
            a09 ^= d4;
            a10 ^= d0;
            a11 ^= d1;
            a12 ^= d2;
            a13 ^= d3;
            a14 ^= d4;
            a15 ^= d0;
            a16 ^= d1;
            a17 ^= d2;
            a18 ^= d3;
            a19 ^= d4;
            a20 ^= d0;
            a21 ^= d1;
            a22 ^= d2;
            a23 ^= d3;
            a24 ^= d4;
            long b00 = a00;
            long b16 = Long.rotateLeft(a05, 36);
            long b07 = Long.rotateLeft(a10, 3);
            long b23 = Long.rotateLeft(a15, 41);
            long b14 = Long.rotateLeft(a20, 18);
            long b10 = Long.rotateLeft(a01, 1);
            long b01 = Long.rotateLeft(a06, 44);
            long b17 = Long.rotateLeft(a11, 10);
            long b08 = Long.rotateLeft(a16, 45);
            long b24 = Long.rotateLeft(a21, 2);
            long b20 = Long.rotateLeft(a02, 62);
            long b11 = Long.rotateLeft(a07, 6);
            long b02 = Long.rotateLeft(a12, 43);
            long b18 = Long.rotateLeft(a17, 15);
            long b09 = Long.rotateLeft(a22, 61);
            long b05 = Long.rotateLeft(a03, 28);
            long b21 = Long.rotateLeft(a08, 55);
            long b12 = Long.rotateLeft(a13, 25);
            long b03 = Long.rotateLeft(a18, 21);
            long b19 = Long.rotateLeft(a23, 56);
            long b15 = Long.rotateLeft(a04, 27);
            long b06 = Long.rotateLeft(a09, 20);
            long b22 = Long.rotateLeft(a14, 39);
            long b13 = Long.rotateLeft(a19, 8);
            long b04 = Long.rotateLeft(a24, 14);
            a00 = b00 ^ (~b01 & b02);
            a01 = b01 ^ (~b02 & b03);
            a02 = b02 ^ (~b03 & b04);
            a03 = b03 ^ (~b04 & b00);
            a04 = b04 ^ (~b00 & b01);
            a05 = b05 ^ (~b06 & b07);
            a06 = b06 ^ (~b07 & b08);
            a07 = b07 ^ (~b08 & b09);
            a08 = b08 ^ (~b09 & b05);
            a09 = b09 ^ (~b05 & b06);
            a10 = b10 ^ (~b11 & b12);
            a11 = b11 ^ (~b12 & b13);
            a12 = b12 ^ (~b13 & b14);
            a13 = b13 ^ (~b14 & b10);
            a14 = b14 ^ (~b10 & b11);
            a15 = b15 ^ (~b16 & b17);
            a16 = b16 ^ (~b17 & b18);
            a17 = b17 ^ (~b18 & b19);
            a18 = b18 ^ (~b19 & b15);
            a19 = b19 ^ (~b15 & b16);
            a20 = b20 ^ (~b21 & b22);
            a21 = b21 ^ (~b22 & b23);
            a22 = b22 ^ (~b23 & b24);
            a23 = b23 ^ (~b24 & b20);
            a24 = b24 ^ (~b20 & b21);
            a00 ^= RC[round];
        }
        s[0] = a00; s[1] = a01; s[2] = a02; s[3] = a03; s[4] = a04; s[5] = a05; s[6] = a06; s[7] = a07; s[8] = a08; s[9] = a09; s[10] = a10; s[11] = a11; s[12] = a12; s[13] = a13; s[14] = a14; s[15] = a15; s[16] = a16; s[17] = a17; s[18] = a18; s[19] = a19; s[20] = a20; s[21] = a21; s[22] = a22; s[23] = a23; s[24] = a24;
    }
}
