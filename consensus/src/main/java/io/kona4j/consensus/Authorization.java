package io.kona4j.consensus;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;

/**
 * An EIP-7702 authorization tuple {@code [chainId, address, nonce, yParity, r, s]}. Decoding enforces the field
 * widths (chain id, r, s ≤ 256 bits, nonce ≤ 64 bits, yParity ≤ 8 bits); whether the signature is usable is decided
 * by {@link #authority()}, since an invalid authorization is skipped rather than invalidating its transaction.
 */
public record Authorization(UInt256 chainId, Address address, long nonce, int yParity, UInt256 r, UInt256 s) {
    /** The EIP-7702 signing domain byte. */
    public static final byte MAGIC = 0x05;

    public Authorization {
        if (chainId == null || address == null || r == null || s == null) {
            throw new ConsensusException("authorization with a missing field");
        }
        if (yParity < 0 || yParity > 0xff) throw new ConsensusException("authorization yParity must fit in 8 bits");
    }

    /** keccak256(0x05 ‖ rlp([chainId, address, nonce])): what the authority signed. */
    public byte[] signingHash() {
        RlpWriter w = new RlpWriter(64);
        w.startList();
        Codec.writeUInt256(w, chainId);
        w.writeAddress(address).writeLong(nonce).endList();
        byte[] body = w.toByteArray();
        byte[] msg = new byte[body.length + 1];
        msg[0] = MAGIC;
        System.arraycopy(body, 0, msg, 1, body.length);
        return Keccak256.digest(msg);
    }

    /**
     * The account that signed this authorization, or {@code null} when the signature is unusable (yParity not 0 or
     * 1, r or s out of range, s above n/2, or no key recovers). The chain-id and nonce checks against state are the
     * EVM's.
     */
    public Address authority() {
        if (yParity > 1) return null;
        java.math.BigInteger rr = r.toBigInteger();
        java.math.BigInteger ss = s.toBigInteger();
        if (!Secp256k1.isValidRs(rr, ss) || !Secp256k1.isLowS(ss)) return null;
        return Secp256k1.recoverAddress(signingHash(), rr, ss, yParity);
    }

    void writeTo(RlpWriter w) {
        w.startList();
        Codec.writeUInt256(w, chainId);
        w.writeAddress(address).writeLong(nonce).writeLong(yParity);
        Codec.writeUInt256(w, r);
        Codec.writeUInt256(w, s);
        w.endList();
    }

    static Authorization readFrom(RlpReader in) {
        RlpReader l = in.readList();
        UInt256 chainId = Codec.readUInt256(l);
        Address address = l.readAddress();
        long nonce = l.readLong();
        long y = l.readLong();
        if (y > 0xff || y < 0) throw new ConsensusException("authorization yParity " + Long.toUnsignedString(y) + " does not fit in 8 bits");
        UInt256 r = Codec.readUInt256(l);
        UInt256 s = Codec.readUInt256(l);
        l.ensureDone();
        return new Authorization(chainId, address, nonce, (int) y, r, s);
    }
}
