package io.kona4j.protocol.batch;

import io.kona4j.primitives.Hash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A span batch derived against a rollup (PROTOCOL.md §1.8): consecutive L2 blocks with absolute timestamps, L1 origin
 * numbers and full transactions, plus the 20-byte parent and L1-origin checks. Converts to and from
 * {@link RawSpanBatch} and to the {@link SingularBatch}es the batch queue works with.
 */
public final class SpanBatch {
    private final byte[] parentCheck;
    private final byte[] l1OriginCheck;
    private final boolean firstStartsNewOrigin;
    private final long genesisTimestamp;
    private final long chainId;
    private final List<SpanBatchElement> elements;

    private SpanBatch(byte[] parentCheck, byte[] l1OriginCheck, boolean firstStartsNewOrigin, long genesisTimestamp,
                      long chainId, List<SpanBatchElement> elements) {
        if (elements.isEmpty()) throw new BatchFormatException("a span batch needs at least one block");
        this.parentCheck = parentCheck;
        this.l1OriginCheck = l1OriginCheck;
        this.firstStartsNewOrigin = firstStartsNewOrigin;
        this.genesisTimestamp = genesisTimestamp;
        this.chainId = chainId;
        this.elements = List.copyOf(elements);
    }

    /**
     * Derives the blocks of {@code raw}: block {@code i} has timestamp {@code genesis + rel + i·blockTime}; origins
     * count back from {@code l1_origin_num} over the origin bits (bit 0 does not move the first block); transactions
     * are rebuilt for {@code chainId}. Fails as op-node's {@code derive} does on a bad tx type or tx data.
     */
    public static SpanBatch derive(RawSpanBatch raw, long blockTime, long genesisTimestamp, long chainId) {
        int n = raw.blockCount();
        long[] origins = new long[n];
        long origin = raw.l1OriginNumber();
        for (int i = n - 1; i >= 0; i--) {
            origins[i] = origin;
            if (i > 0 && raw.originBit(i)) origin--;
        }
        List<byte[]> txs = raw.transactions().fullTransactions(chainId);
        List<SpanBatchElement> elements = new ArrayList<>(n);
        int txIdx = 0;
        for (int i = 0; i < n; i++) {
            int c = (int) raw.blockTxCount(i);
            long ts = genesisTimestamp + raw.relTimestamp() + blockTime * i;
            elements.add(new SpanBatchElement(origins[i], ts, txs.subList(txIdx, txIdx + c)));
            txIdx += c;
        }
        return new SpanBatch(raw.parentCheck(), raw.l1OriginCheck(), raw.originBit(0), genesisTimestamp, chainId,
                elements);
    }

    /**
     * A span batch carrying {@code batches} (consecutive, as a batcher would build it). {@code firstStartsNewOrigin}
     * says whether the first block is the first of its epoch (sequence number 0), which sets origin bit 0.
     */
    public static SpanBatch fromSingularBatches(List<SingularBatch> batches, boolean firstStartsNewOrigin,
                                                long genesisTimestamp, long chainId) {
        if (batches.isEmpty()) throw new BatchFormatException("a span batch needs at least one block");
        List<SpanBatchElement> elements = new ArrayList<>(batches.size());
        for (SingularBatch b : batches) elements.add(new SpanBatchElement(b.epochNumber(), b.timestamp(), b.transactions()));
        byte[] parent = Arrays.copyOf(batches.get(0).parentHash().unsafeBytes(), RawSpanBatch.CHECK_SIZE);
        byte[] origin = Arrays.copyOf(batches.get(batches.size() - 1).epochHash().unsafeBytes(), RawSpanBatch.CHECK_SIZE);
        return new SpanBatch(parent, origin, firstStartsNewOrigin, genesisTimestamp, chainId, elements);
    }

    /** The wire form. Fails if a transaction cannot be carried (deposit, blob, or signed for another chain). */
    public RawSpanBatch toRaw() {
        int n = elements.size();
        byte[] originBits = new byte[SpanBatchBits.byteLength(n)];
        long[] counts = new long[n];
        List<byte[]> txs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SpanBatchElement e = elements.get(i);
            if (i == 0 ? firstStartsNewOrigin : e.epochNumber() != elements.get(i - 1).epochNumber()) {
                SpanBatchBits.set(originBits, i);
            }
            counts[i] = e.transactions().size();
            txs.addAll(e.transactions());
        }
        return new RawSpanBatch(startTimestamp() - genesisTimestamp, finalEpochNumber(), parentCheck.clone(),
                l1OriginCheck.clone(), n, originBits, counts, SpanBatchTransactions.fromTransactions(txs, chainId));
    }

    /**
     * The singular batches of the blocks after {@code safeHeadTimestamp}, each with its epoch hash looked up through
     * {@code l1OriginHash} (null for an unknown number) and a zero parent hash, which the batch queue fills in.
     */
    public List<SingularBatch> toSingularBatches(LongFunction<Hash> l1OriginHash, long safeHeadTimestamp) {
        List<SingularBatch> out = new ArrayList<>();
        for (SpanBatchElement e : elements) {
            if (e.timestamp() <= safeHeadTimestamp) continue;
            Hash h = l1OriginHash.apply(e.epochNumber());
            if (h == null) {
                throw new BatchFormatException("no L1 origin known for epoch " + e.epochNumber()
                        + " of the span batch block at timestamp " + e.timestamp());
            }
            out.add(new SingularBatch(Hash.ZERO, e.epochNumber(), h, e.timestamp(), e.transactions()));
        }
        return out;
    }

    public List<SpanBatchElement> elements() {
        return elements;
    }

    public int blockCount() {
        return elements.size();
    }

    public long startTimestamp() {
        return elements.get(0).timestamp();
    }

    public long finalTimestamp() {
        return elements.get(elements.size() - 1).timestamp();
    }

    /** The first block's L1 origin number ({@code l1_origin_num − Σbits + bits[0]}). */
    public long startEpochNumber() {
        return elements.get(0).epochNumber();
    }

    public long finalEpochNumber() {
        return elements.get(elements.size() - 1).epochNumber();
    }

    public boolean firstStartsNewOrigin() {
        return firstStartsNewOrigin;
    }

    /** True if {@code parentHash[:20]} equals the parent check. */
    public boolean checkParentHash(Hash parentHash) {
        return Arrays.equals(parentHash.unsafeBytes(), 0, RawSpanBatch.CHECK_SIZE, parentCheck, 0, RawSpanBatch.CHECK_SIZE);
    }

    /** True if {@code l1OriginHash[:20]} equals the L1-origin check (the last block's origin). */
    public boolean checkOriginHash(Hash l1OriginHash) {
        return Arrays.equals(l1OriginHash.unsafeBytes(), 0, RawSpanBatch.CHECK_SIZE, l1OriginCheck, 0,
                RawSpanBatch.CHECK_SIZE);
    }

    public byte[] parentCheck() {
        return parentCheck.clone();
    }

    public byte[] l1OriginCheck() {
        return l1OriginCheck.clone();
    }

    public long chainId() {
        return chainId;
    }

    public long genesisTimestamp() {
        return genesisTimestamp;
    }

    @Override
    public String toString() {
        return "SpanBatch[" + elements.size() + " blocks, timestamps " + startTimestamp() + ".." + finalTimestamp()
                + ", epochs " + Long.toUnsignedString(startEpochNumber()) + ".." + Long.toUnsignedString(finalEpochNumber()) + "]";
    }
}
