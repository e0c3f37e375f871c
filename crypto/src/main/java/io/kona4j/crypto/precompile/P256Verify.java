package io.kona4j.crypto.precompile;

import io.kona4j.crypto.p256.P256;
import java.math.BigInteger;

/**
 * P256VERIFY (RIP-7212; OP address 0x…0100 from Fjord): exactly 160 bytes {@code hash ‖ r ‖ s ‖ x ‖ y}; output the
 * 32-byte word 1 for a valid signature and an empty output for anything else (wrong length, values out of range, a
 * key off the curve, a bad signature). The call itself never fails. Gas is 3450 on OP (RIP-7212), 6900 in L1 Osaka
 * (EIP-7951, same semantics).
 */
final class P256Verify implements PrecompiledContract {
    static final P256Verify RIP7212 = new P256Verify(3450);
    static final P256Verify OSAKA = new P256Verify(6900);
    private static final int INPUT_LENGTH = 160;
    private static final byte[] EMPTY = new byte[0];

    private final long gas;

    private P256Verify(long gas) {
        this.gas = gas;
    }

    @Override
    public long gas(byte[] input) {
        return gas;
    }

    @Override
    public byte[] run(byte[] input) {
        if (input.length != INPUT_LENGTH) return EMPTY;
        byte[] hash = new byte[32];
        System.arraycopy(input, 0, hash, 0, 32);
        boolean ok = P256.verify(hash, word(input, 32), word(input, 64), word(input, 96), word(input, 128));
        if (!ok) return EMPTY;
        byte[] out = new byte[32];
        out[31] = 1;
        return out;
    }

    private static BigInteger word(byte[] b, int off) {
        return new BigInteger(1, b, off, 32);
    }
}
