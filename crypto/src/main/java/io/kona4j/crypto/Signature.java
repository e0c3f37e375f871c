package io.kona4j.crypto;

import java.math.BigInteger;

/**
 * A recoverable secp256k1 ECDSA signature: {@code r}, {@code s} and the recovery id (0 or 1; the parity of the
 * y coordinate of the nonce point R). Values are not range-checked here; {@link Secp256k1} checks them when used.
 *
 * @param r the x coordinate of R modulo n
 * @param s the signature proof
 * @param recoveryId 0 or 1 (transaction {@code yParity}, or legacy {@code v - 27})
 */
public record Signature(BigInteger r, BigInteger s, int recoveryId) {
    public Signature {
        if (r == null || s == null) throw new CryptoException("signature r and s must be present");
    }

    /** The 65-byte form {@code r ‖ s ‖ recoveryId}. */
    public byte[] toBytes65() {
        byte[] out = new byte[65];
        Secp256k1Math.toBytes32(r, out, 0);
        Secp256k1Math.toBytes32(s, out, 32);
        out[64] = (byte) recoveryId;
        return out;
    }

    /** True if {@code 0 < r < n} and {@code 0 < s <= n/2} (the EIP-2 rule for transaction signatures). */
    public boolean isCanonical() {
        return Secp256k1.isValidRs(r, s) && Secp256k1.isLowS(s);
    }
}
