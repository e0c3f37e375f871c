package io.kona4j.crypto.precompile;

import io.kona4j.crypto.blake2.Blake2bF;

/**
 * 0x09 blake2f (EIP-152): exactly 213 bytes {@code rounds u32 BE ‖ h 8×u64 LE ‖ m 16×u64 LE ‖ t 2×u64 LE ‖ f},
 * with the final flag 0 or 1; anything else fails the call. Gas is the round count (0 for a malformed input, as geth
 * prices it before rejecting).
 */
final class Blake2FPrecompile implements PrecompiledContract {
    static final Blake2FPrecompile INSTANCE = new Blake2FPrecompile();
    private static final int INPUT_LENGTH = 213;

    private Blake2FPrecompile() {}

    @Override
    public long gas(byte[] input) {
        if (input.length != INPUT_LENGTH) return 0;
        return rounds(input);
    }

    @Override
    public byte[] run(byte[] input) {
        if (input.length != INPUT_LENGTH) return null;
        int flag = input[212];
        if (flag != 0 && flag != 1) return null;
        long[] h = new long[8];
        long[] m = new long[16];
        for (int i = 0; i < 8; i++) h[i] = le64(input, 4 + 8 * i);
        for (int i = 0; i < 16; i++) m[i] = le64(input, 68 + 8 * i);
        Blake2bF.compress(rounds(input), h, m, le64(input, 196), le64(input, 204), flag == 1);
        byte[] out = new byte[64];
        for (int i = 0; i < 8; i++) {
            long w = h[i];
            for (int b = 0; b < 8; b++) out[8 * i + b] = (byte) (w >>> (8 * b));
        }
        return out;
    }

    private static long rounds(byte[] input) {
        return ((input[0] & 0xffL) << 24) | ((input[1] & 0xffL) << 16) | ((input[2] & 0xffL) << 8) | (input[3] & 0xffL);
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }
}
