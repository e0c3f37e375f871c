package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * An OP Stack deposit {@code 0x7E ‖ rlp([sourceHash, from, to, mint, value, gas, isSystemTx, data])}
 * (PROTOCOL.md §2.1). It has no nonce and no signature; the sender is {@code from}.
 *
 * @param to {@code null} for contract creation
 * @param mint wei minted to {@code from} before execution (kept even if the deposit fails)
 * @param input owned by the record: do not modify
 */
public record DepositTransaction(Hash sourceHash, Address from, Address to, UInt256 mint, UInt256 value, long gasLimit,
                                 boolean isSystemTransaction, byte[] input) implements Transaction {
    public DepositTransaction {
        Objects.requireNonNull(sourceHash, "sourceHash");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(input, "input");
    }

    @Override
    public TxType type() {
        return TxType.DEPOSIT;
    }

    @Override
    public Address sender() {
        return from;
    }

    @Override
    public byte[] encode() {
        RlpWriter w = new RlpWriter(input.length + 160);
        w.writeRaw(new byte[] {(byte) TxType.DEPOSIT.id()});
        w.startList().writeHash(sourceHash).writeAddress(from).writeOptionalAddress(to);
        Codec.writeUInt256(w, mint);
        Codec.writeUInt256(w, value);
        w.writeLong(gasLimit).writeBoolean(isSystemTransaction).writeBytes(input).endList();
        return w.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DepositTransaction t && Arrays.equals(encode(), t.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "DepositTransaction[sourceHash=" + sourceHash + ", from=" + from + ", to=" + to + ", mint=" + mint
                + ", value=" + value + ", gasLimit=" + gasLimit + ", isSystemTransaction=" + isSystemTransaction
                + ", input=" + Hex.encode(input) + "]";
    }
}
