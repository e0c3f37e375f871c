package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;

/** An EIP-4895 withdrawal: RLP {@code [index, validatorIndex, address, amount]}, the amount in gwei. */
public record Withdrawal(long index, long validatorIndex, Address address, long amountGwei) {
    public Withdrawal {
        if (address == null) throw new ConsensusException("withdrawal without an address");
    }

    void writeTo(RlpWriter w) {
        w.startList().writeLong(index).writeLong(validatorIndex).writeAddress(address).writeLong(amountGwei).endList();
    }

    public byte[] encode() {
        RlpWriter w = new RlpWriter(64);
        writeTo(w);
        return w.toByteArray();
    }

    static Withdrawal readFrom(RlpReader r) {
        RlpReader l = r.readList();
        Withdrawal w = new Withdrawal(l.readLong(), l.readLong(), l.readAddress(), l.readLong());
        l.ensureDone();
        return w;
    }

    /** Decodes one withdrawal; malformed input gives a {@link ConsensusException}. */
    public static Withdrawal decode(byte[] rlp) {
        return Codec.decode("withdrawal", rlp, Withdrawal::readFrom);
    }
}
