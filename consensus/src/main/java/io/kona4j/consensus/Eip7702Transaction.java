package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An EIP-7702 set-code transaction {@code 0x04 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas,
 * destination, value, data, accessList, authorizationList, yParity, r, s])}.
 *
 * @param to never {@code null}: set-code transactions cannot create contracts
 * @param input owned by the record: do not modify
 */
public record Eip7702Transaction(long chainId, long nonce, UInt256 maxPriorityFee, UInt256 maxFee,
                                 long gasLimit, Address to, UInt256 value, byte[] input,
                                 List<AccessListEntry> accessList, List<Authorization> authorizationList,
                                 int yParity, UInt256 r, UInt256 s)
        implements SignedTransaction {
    public Eip7702Transaction {
        Objects.requireNonNull(maxPriorityFee, "maxPriorityFee");
        Objects.requireNonNull(maxFee, "maxFee");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        accessList = List.copyOf(accessList);
        if (yParity < 0 || yParity > 1) throw new ConsensusException("y parity must be 0 or 1, got " + yParity);
        if (to == null) throw new ConsensusException("a set-code transaction must have a recipient");
        authorizationList = List.copyOf(authorizationList);
    }

    @Override
    public TxType type() {
        return TxType.EIP7702;
    }

    @Override
    public int recoveryId() {
        return yParity;
    }

    @Override
    public UInt256 maxFeePerGas() {
        return maxFee;
    }

    @Override
    public UInt256 maxPriorityFeePerGas() {
        return maxPriorityFee;
    }

    @Override
    public byte[] signingHash() {
        RlpWriter w = new RlpWriter(input.length + 256);
        w.writeRaw(new byte[] {(byte) type().id()});
        w.startList();
        writeBody(w);
        w.endList();
        return Keccak256.digest(w.toByteArray());
    }

    @Override
    public byte[] encode() {
        RlpWriter w = new RlpWriter(input.length + 256);
        w.writeRaw(new byte[] {(byte) type().id()});
        w.startList();
        writeBody(w);
        w.writeLong(yParity);
        Codec.writeUInt256(w, r);
        Codec.writeUInt256(w, s);
        w.endList();
        return w.toByteArray();
    }

    private void writeBody(RlpWriter w) {
        w.writeLong(chainId).writeLong(nonce);
        Codec.writeUInt256(w, maxPriorityFee);
        Codec.writeUInt256(w, maxFee);
        w.writeLong(gasLimit).writeOptionalAddress(to);
        Codec.writeUInt256(w, value);
        w.writeBytes(input);
        Codec.writeAccessList(w, accessList);
        w.startList();
        for (Authorization a : authorizationList) a.writeTo(w);
        w.endList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eip7702Transaction t && Arrays.equals(encode(), t.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "Eip7702Transaction[" + Hex.encode(encode()) + "]";
    }
}
