package io.kona4j.protocol.batch;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A singular batch (type 0): {@code rlp([parent_hash, epoch_number, epoch_hash, timestamp, [tx, ...]])}, each tx an
 * opaque EIP-2718 encoding (PROTOCOL.md §1.8).
 *
 * @param transactions owned by the batch: neither the list nor its arrays are modified
 */
public record SingularBatch(Hash parentHash, long epochNumber, Hash epochHash, long timestamp,
                            List<byte[]> transactions) implements Batch {
    public SingularBatch {
        Objects.requireNonNull(parentHash, "parentHash");
        Objects.requireNonNull(epochHash, "epochHash");
        transactions = List.copyOf(transactions);
    }

    @Override
    public int batchType() {
        return SINGULAR_BATCH_TYPE;
    }

    /** The same batch with another parent hash (span batches leave it to the batch queue to fill in). */
    public SingularBatch withParentHash(Hash parent) {
        return new SingularBatch(parent, epochNumber, epochHash, timestamp, transactions);
    }

    static SingularBatch decode(byte[] data, int offset) {
        try {
            RlpReader l = RlpReader.of(data, offset, data.length - offset).readList();
            Hash parent = l.readHash();
            long epochNum = l.readLong();
            Hash epochHash = l.readHash();
            long ts = l.readLong();
            RlpReader txs = l.readList();
            List<byte[]> list = new ArrayList<>();
            while (txs.hasNext()) list.add(txs.readBytes());
            l.ensureDone();
            return new SingularBatch(parent, epochNum, epochHash, ts, list);
        } catch (PrimitivesException e) {
            throw new BatchFormatException("malformed singular batch: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] encode() {
        int n = 128;
        for (byte[] t : transactions) n += t.length + 5;
        RlpWriter w = new RlpWriter(n);
        w.startList().writeHash(parentHash).writeLong(epochNumber).writeHash(epochHash).writeLong(timestamp);
        w.startList();
        for (byte[] t : transactions) w.writeBytes(t);
        w.endList().endList();
        byte[] rlp = w.toByteArray();
        byte[] out = new byte[rlp.length + 1];
        out[0] = SINGULAR_BATCH_TYPE;
        System.arraycopy(rlp, 0, out, 1, rlp.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SingularBatch b) || b.epochNumber != epochNumber || b.timestamp != timestamp
                || !b.parentHash.equals(parentHash) || !b.epochHash.equals(epochHash)
                || b.transactions.size() != transactions.size()) {
            return false;
        }
        for (int i = 0; i < transactions.size(); i++) {
            if (!Arrays.equals(transactions.get(i), b.transactions.get(i))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = parentHash.hashCode() * 31 + Long.hashCode(timestamp);
        for (byte[] t : transactions) h = h * 31 + Arrays.hashCode(t);
        return h;
    }

    @Override
    public String toString() {
        return "SingularBatch[parent=" + parentHash.toShortHex() + ", epoch=" + epochNumber + " "
                + epochHash.toShortHex() + ", timestamp=" + timestamp + ", " + transactions.size() + " txs]";
    }
}
