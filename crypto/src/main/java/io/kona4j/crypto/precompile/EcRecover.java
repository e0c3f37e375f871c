package io.kona4j.crypto.precompile;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.primitives.Keccak256;
import java.math.BigInteger;

/**
 * 0x01 ecrecover: input {@code hash ‖ v ‖ r ‖ s} (32 bytes each, right-padded to 128), output the signer's address
 * left-padded to 32 bytes. {@code v} must be exactly 27 or 28 as a 32-byte word and {@code 0 < r, s < n} (no low-s
 * rule here: that is for transactions). Anything that recovers no key gives an empty output, not a failed call, as in
 * geth.
 */
final class EcRecover implements PrecompiledContract {
    static final EcRecover INSTANCE = new EcRecover();
    private static final byte[] EMPTY = new byte[0];

    private EcRecover() {}

    @Override
    public long gas(byte[] input) {
        return 3000;
    }

    @Override
    public byte[] run(byte[] input) {
        byte[] in = Input.padded(input, 0, 128);
        int v = in[63] & 0xff;
        if (!Input.allZero(in, 32, 63) || (v != 27 && v != 28)) return EMPTY;
        byte[] hash = new byte[32];
        System.arraycopy(in, 0, hash, 0, 32);
        BigInteger r = new BigInteger(1, in, 64, 32);
        BigInteger s = new BigInteger(1, in, 96, 32);
        if (!Secp256k1.isValidRs(r, s)) return EMPTY;
        byte[] pub;
        try {
            pub = Secp256k1.get().recoverPublicKey(hash, r, s, v - 27);
        } catch (RuntimeException backEndRejected) {
            return EMPTY;
        }
        if (pub == null) return EMPTY;
        byte[] out = new byte[32];
        System.arraycopy(Keccak256.digest(pub), 12, out, 12, 20);
        return out;
    }
}
