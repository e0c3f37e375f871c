package io.kona4j.consensus;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block: {@code rlp([header, transactions, ommers])}, plus {@code withdrawals} from Shanghai (OP Canyon). In the
 * body a legacy transaction is its RLP list and a typed transaction is a byte string holding its EIP-2718 envelope.
 *
 * @param withdrawals {@code null} before Shanghai
 */
public record Block(Header header, List<Transaction> transactions, List<Header> ommers, List<Withdrawal> withdrawals) {
    public Block {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        ommers = List.copyOf(ommers);
        if (withdrawals != null) withdrawals = List.copyOf(withdrawals);
    }

    public Hash hash() {
        return header.hash();
    }

    public byte[] encode() {
        RlpWriter w = new RlpWriter(4096);
        w.startList();
        header.writeTo(w);
        w.startList();
        for (Transaction tx : transactions) {
            byte[] env = tx.encode();
            if (tx.type() == TxType.LEGACY) w.writeRaw(env);
            else w.writeBytes(env);
        }
        w.endList();
        w.startList();
        for (Header h : ommers) h.writeTo(w);
        w.endList();
        if (withdrawals != null) {
            w.startList();
            for (Withdrawal wd : withdrawals) wd.writeTo(w);
            w.endList();
        }
        w.endList();
        return w.toByteArray();
    }

    /** Decodes a block; malformed input gives a {@link ConsensusException} saying what is wrong. */
    public static Block decode(byte[] rlp) {
        return Codec.decode("block", rlp, Block::readFrom);
    }

    static Block readFrom(RlpReader in) {
        RlpReader l = in.readList();
        Header header = Header.readFrom(l);
        RlpReader txs = l.readList();
        List<Transaction> transactions = new ArrayList<>();
        while (txs.hasNext()) transactions.add(TransactionCodec.readFromBody(txs));
        RlpReader om = l.readList();
        List<Header> ommers = new ArrayList<>();
        while (om.hasNext()) ommers.add(Header.readFrom(om));
        List<Withdrawal> withdrawals = null;
        if (l.hasNext()) {
            RlpReader wl = l.readList();
            withdrawals = new ArrayList<>();
            while (wl.hasNext()) withdrawals.add(Withdrawal.readFrom(wl));
        }
        l.ensureDone();
        return new Block(header, transactions, ommers, withdrawals);
    }
}
