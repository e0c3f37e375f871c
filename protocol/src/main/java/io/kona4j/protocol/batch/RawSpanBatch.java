package io.kona4j.protocol.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * A span batch as it is on the wire (type 1, PROTOCOL.md §1.8): {@code prefix ‖ payload} with
 * {@code prefix = uvarint rel_timestamp ‖ uvarint l1_origin_num ‖ parent_check[20] ‖ l1_origin_check[20]} and
 * {@code payload = uvarint block_count ‖ origin_bits ‖ block_tx_counts ‖ txs}. {@link SpanBatch#derive} turns it
 * into blocks with absolute timestamps and full transactions.
 */
public final class RawSpanBatch implements Batch {
    /** op-node's {@code MaxSpanBatchElementCount}: bound on block_count, each block's tx count and the total. */
    public static final long MAX_SPAN_BATCH_ELEMENT_COUNT = 10_000_000;
    public static final int CHECK_SIZE = 20;

    private final long relTimestamp;
    private final long l1OriginNumber;
    private final byte[] parentCheck;
    private final byte[] l1OriginCheck;
    private final int blockCount;
    private final byte[] originBits;
    private final long[] blockTxCounts;
    private final SpanBatchTransactions txs;

    RawSpanBatch(long relTimestamp, long l1OriginNumber, byte[] parentCheck, byte[] l1OriginCheck, int blockCount,
                 byte[] originBits, long[] blockTxCounts, SpanBatchTransactions txs) {
        this.relTimestamp = relTimestamp;
        this.l1OriginNumber = l1OriginNumber;
        this.parentCheck = Objects.requireNonNull(parentCheck);
        this.l1OriginCheck = Objects.requireNonNull(l1OriginCheck);
        this.blockCount = blockCount;
        this.originBits = originBits;
        this.blockTxCounts = blockTxCounts;
        this.txs = txs;
    }

    @Override
    public int batchType() {
        return SPAN_BATCH_TYPE;
    }

    /** {@code span_start.timestamp − genesis.l2_time}. */
    public long relTimestamp() {
        return relTimestamp;
    }

    /** The L1 origin number of the last block. */
    public long l1OriginNumber() {
        return l1OriginNumber;
    }

    public byte[] parentCheck() {
        return parentCheck.clone();
    }

    public byte[] l1OriginCheck() {
        return l1OriginCheck.clone();
    }

    public int blockCount() {
        return blockCount;
    }

    /** Bit {@code i}: block {@code i} starts a new L1 origin. */
    public boolean originBit(int i) {
        return SpanBatchBits.get(originBits, i);
    }

    public long blockTxCount(int i) {
        return blockTxCounts[i];
    }

    public SpanBatchTransactions transactions() {
        return txs;
    }

    /** Decodes {@code prefix ‖ payload} (without the type byte); trailing bytes are ignored. */
    public static RawSpanBatch decode(byte[] data) {
        return decode(data, 0);
    }

    static RawSpanBatch decode(byte[] data, int offset) {
        ByteInput in = new ByteInput(data, offset);
        long rel = in.readUvarint("rel_timestamp");
        long origin = in.readUvarint("l1_origin_num");
        byte[] parentCheck = in.readBytes(CHECK_SIZE, "parent_check");
        byte[] originCheck = in.readBytes(CHECK_SIZE, "l1_origin_check");
        long count = in.readUvarint("block_count");
        if (Long.compareUnsigned(count, MAX_SPAN_BATCH_ELEMENT_COUNT) > 0) {
            throw new BatchFormatException("span batch declares " + Long.toUnsignedString(count)
                    + " blocks, over the 10,000,000 limit");
        }
        if (count == 0) throw new BatchFormatException("span batch declares 0 blocks");
        int blocks = (int) count;
        byte[] originBits = SpanBatchBits.read(in, blocks, "origin bits");
        if (blocks > in.remaining()) {
            throw new BatchFormatException("span batch truncated: " + blocks + " block tx counts declared, "
                    + in.remaining() + " bytes remain");
        }
        long[] txCounts = new long[blocks];
        long total = 0;
        for (int i = 0; i < blocks; i++) {
            long c = in.readUvarint("block_tx_count");
            if (Long.compareUnsigned(c, MAX_SPAN_BATCH_ELEMENT_COUNT) > 0) {
                throw new BatchFormatException("block " + i + " of the span batch declares " + Long.toUnsignedString(c)
                        + " transactions, over the 10,000,000 limit");
            }
            txCounts[i] = c;
            total += c;
            if (total > MAX_SPAN_BATCH_ELEMENT_COUNT) {
                throw new BatchFormatException("span batch declares over 10,000,000 transactions in total");
            }
        }
        SpanBatchTransactions txs = SpanBatchTransactions.decode(in, (int) total);
        return new RawSpanBatch(rel, origin, parentCheck, originCheck, blocks, originBits, txCounts, txs);
    }

    /** {@code prefix ‖ payload}, without the type byte. */
    public byte[] encodeBody() {
        ByteOutput out = new ByteOutput(256 + txs.count() * 128);
        writeBody(out);
        return out.toByteArray();
    }

    private void writeBody(ByteOutput out) {
        ByteInput.writeUvarint(out, relTimestamp);
        ByteInput.writeUvarint(out, l1OriginNumber);
        out.write(parentCheck);
        out.write(l1OriginCheck);
        ByteInput.writeUvarint(out, blockCount);
        out.write(originBits);
        for (long c : blockTxCounts) ByteInput.writeUvarint(out, c);
        txs.encode(out);
    }

    @Override
    public byte[] encode() {
        ByteOutput out = new ByteOutput(256 + txs.count() * 128);
        out.write(SPAN_BATCH_TYPE);
        writeBody(out);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawSpanBatch b && b.relTimestamp == relTimestamp && b.l1OriginNumber == l1OriginNumber
                && Arrays.equals(b.parentCheck, parentCheck) && Arrays.equals(b.l1OriginCheck, l1OriginCheck)
                && b.blockCount == blockCount && Arrays.equals(b.originBits, originBits)
                && Arrays.equals(b.blockTxCounts, blockTxCounts) && b.txs.equals(txs);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(relTimestamp) * 31 + blockCount;
    }

    @Override
    public String toString() {
        return "RawSpanBatch[rel_timestamp=" + relTimestamp + ", l1_origin_num=" + Long.toUnsignedString(l1OriginNumber) + ", "
                + blockCount + " blocks, " + txs.count() + " txs]";
    }
}
