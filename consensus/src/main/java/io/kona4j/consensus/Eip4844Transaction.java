package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An EIP-4844 blob transaction {@code 0x03 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, value,
 * data, accessList, maxFeePerBlobGas, blobVersionedHashes, yParity, r, s])} (the canonical form, without the
 * network wrapper). Decoded for completeness; never valid on an OP chain (PROTOCOL.md §2.5).
 *
 * @param to never {@code null}: blob transactions cannot create contracts
 * @param input owned by the record: do not modify
 */
public record Eip4844Transaction(long chainId, long nonce, UInt256 maxPriorityFee, UInt256 maxFee,
                                 long gasLimit, Address to, UInt256 value, byte[] input,
                                 List<AccessListEntry> accessList, UInt256 maxFeePerBlobGas,
                                 List<Hash> blobVersionedHashes, int yParity, UInt256 r, UInt256 s)
        implements SignedTransaction {
    public Eip4844Transaction {
        Objects.requireNonNull(maxPriorityFee, "maxPriorityFee");
        Objects.requireNonNull(maxFee, "maxFee");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        accessList = List.copyOf(accessList);
        if (yParity < 0 || yParity > 1) throw new ConsensusException("y parity must be 0 or 1, got " + yParity);
        Objects.requireNonNull(maxFeePerBlobGas, "maxFeePerBlobGas");
        if (to == null) throw new ConsensusException("a blob transaction must have a recipient");
        blobVersionedHashes = List.copyOf(blobVersionedHashes);
    }

    @Override
    public TxType type() {
        return TxType.EIP4844;
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
        Codec.writeUInt256(w, maxFeePerBlobGas);
        Codec.writeHashes(w, blobVersionedHashes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eip4844Transaction t && Arrays.equals(encode(), t.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "Eip4844Transaction[" + Hex.encode(encode()) + "]";
    }
}
