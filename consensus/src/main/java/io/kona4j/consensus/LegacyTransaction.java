package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * A legacy (untyped) transaction {@code rlp([nonce, gasPrice, gas, to, value, data, v, r, s])}. With EIP-155,
 * {@code v = chainId·2 + 35 + yParity} and the signing hash covers {@code [.., chainId, 0, 0]}; without it
 * {@code v = 27 + yParity}.
 *
 * @param to {@code null} for contract creation
 * @param input owned by the record: do not modify
 */
public record LegacyTransaction(long nonce, UInt256 gasPrice, long gasLimit, Address to, UInt256 value, byte[] input,
                                long v, UInt256 r, UInt256 s) implements SignedTransaction {
    public LegacyTransaction {
        Objects.requireNonNull(gasPrice, "gasPrice");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
    }

    @Override
    public TxType type() {
        return TxType.LEGACY;
    }

    @Override
    public long chainId() {
        return v >= 35 ? (v - 35) >>> 1 : 0;
    }

    /** True if {@code v} commits to a chain id (EIP-155). */
    public boolean isProtected() {
        return v >= 35;
    }

    @Override
    public int recoveryId() {
        if (v == 27 || v == 28) return (int) (v - 27);
        if (v >= 35) return (int) ((v - 35) & 1);
        return -1;
    }

    @Override
    public UInt256 maxFeePerGas() {
        return gasPrice;
    }

    @Override
    public UInt256 maxPriorityFeePerGas() {
        return gasPrice;
    }

    @Override
    public byte[] signingHash() {
        RlpWriter w = new RlpWriter(input.length + 128);
        w.startList();
        writeBody(w);
        if (isProtected()) w.writeLong(chainId()).writeLong(0).writeLong(0);
        w.endList();
        return Keccak256.digest(w.toByteArray());
    }

    @Override
    public byte[] encode() {
        RlpWriter w = new RlpWriter(input.length + 160);
        w.startList();
        writeBody(w);
        w.writeLong(v);
        Codec.writeUInt256(w, r);
        Codec.writeUInt256(w, s);
        w.endList();
        return w.toByteArray();
    }

    private void writeBody(RlpWriter w) {
        w.writeLong(nonce);
        Codec.writeUInt256(w, gasPrice);
        w.writeLong(gasLimit).writeOptionalAddress(to);
        Codec.writeUInt256(w, value);
        w.writeBytes(input);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyTransaction t && Arrays.equals(encode(), t.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "LegacyTransaction[nonce=" + nonce + ", gasPrice=" + gasPrice + ", gasLimit=" + gasLimit + ", to=" + to
                + ", value=" + value + ", input=" + Hex.encode(input) + ", v=" + v + ", r=" + r + ", s=" + s + "]";
    }
}
