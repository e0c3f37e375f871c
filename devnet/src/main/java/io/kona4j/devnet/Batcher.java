package io.kona4j.devnet;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.BlobData;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.ChannelOut;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch submitter. The L2 blocks sequenced on one L1 block become one channel: singular batches, or one span
 * batch once Delta is active at the first block's L1 origin ({@code spanBatchesFromDelta}); zlib (or the configured
 * compression), brotli once Fjord is active at the L1 block the channel's first frame goes into
 * ({@code brotliFromFjord}); frames of at most {@code maxFrameData} bytes. Each L1 block carries up to
 * {@code framesPerL1Block} frames, in order: as calldata transactions (one frame each) before Ecotone or without
 * {@code blobsFromEcotone}, else as blobs (OP blob encoding, real KZG commitments and proofs) of type-3 transactions
 * holding up to six blobs each, at most six blobs per L1 block. Transactions are signed by the batcher key the {@link Scenarios} say is current, and
 * the scenarios decide which blocks are not posted, where channels end, which channel times out and when posting
 * pauses.
 */
final class Batcher {
    /** Blobs per type-3 transaction at most (the Cancun block maximum). */
    static final int MAX_BLOBS_PER_TX = 6;
    /** Blobs per L1 block at most: Cancun's maximum (Prague allows 9), whatever {@code framesPerL1Block} says. */
    static final int MAX_BLOBS_PER_BLOCK = 6;
    private static final long BLOB_TX_GAS = 21_000;

    private final DevnetConfig config;
    private final RollupConfig rollup;
    private final Keys initialKey;
    private final ChainView chains;
    private final Scenarios scenarios;
    private final List<String> events;
    private final Deque<List<L2BlockData>> queued = new ArrayDeque<>();
    private final Deque<Outgoing> frames = new ArrayDeque<>();
    private final Map<Address, Long> nonces = new HashMap<>();
    private long channels;

    /** One batcher transaction for an L1 block, with its receipt gas and blobs (empty for calldata). */
    record Submission(SignedTransaction tx, long gasUsed, List<L1BlockData.Blob> blobs) {}

    /** A frame as batcher data ({@code version ‖ frame}), not to go out before L1 block {@code notBefore}. */
    private record Outgoing(byte[] data, long notBefore, String channel) {}

    Batcher(DevnetConfig config, RollupConfig rollup, Keys key, ChainView chains, Scenarios scenarios,
            List<String> events) {
        this.config = config;
        this.rollup = rollup;
        this.initialKey = key;
        this.chains = chains;
        this.scenarios = scenarios;
        this.events = events;
    }

    /** Queues {@code blocks} (consecutive, the L2 blocks of one L1 block) as one channel, or more where one must end. */
    void add(List<L2BlockData> blocks) {
        List<L2BlockData> current = new ArrayList<>();
        for (L2BlockData b : blocks) {
            if (!scenarios.batched(b)) continue;
            current.add(b);
            if (scenarios.channelEndsAfter(b)) {
                queued.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) queued.add(current);
    }

    boolean pending() {
        return !frames.isEmpty() || !queued.isEmpty();
    }

    /** The batcher transactions of L1 block {@code l1Number}. */
    List<Submission> submissions(long l1Number, long l1Time, Header parent) {
        Keys key = scenarios.batcherKey(l1Number, initialKey);
        boolean blobs = config.blobsFromEcotone() && rollup.isEcotoneActive(l1Time);
        int limit = blobs ? Math.min(config.framesPerL1Block(), MAX_BLOBS_PER_BLOCK) : config.framesPerL1Block();
        while (frames.size() < limit && !queued.isEmpty()) {
            List<L2BlockData> next = queued.peek();
            long notBefore = scenarios.notBefore(next.get(0));
            if (notBefore > l1Number) break;
            queued.poll();
            encode(next, l1Number, l1Time, notBefore);
        }
        List<byte[]> out = new ArrayList<>();
        while (!frames.isEmpty() && out.size() < limit && frames.peek().notBefore() <= l1Number) {
            out.add(frames.poll().data());
        }
        if (out.isEmpty()) return List.of();
        List<Submission> subs = new ArrayList<>();
        if (!blobs) {
            for (byte[] data : out) {
                SignedTransaction tx = Signer.eip1559(key, rollup.l1ChainId(), nonce(key), Workload.TIP,
                        UInt256.valueOf(1_000_000_000_000L), DevnetBuilder.calldataGas(data) + 10_000,
                        rollup.batchInboxAddress(), UInt256.ZERO, data);
                subs.add(new Submission(tx, DevnetBuilder.calldataGas(data), List.of()));
            }
            return subs;
        }
        BlobKzg kzg = EthKzgBlobKzg.instance();
        for (int i = 0; i < out.size(); i += MAX_BLOBS_PER_TX) {
            List<L1BlockData.Blob> bs = new ArrayList<>();
            List<Hash> hashes = new ArrayList<>();
            for (byte[] data : out.subList(i, Math.min(out.size(), i + MAX_BLOBS_PER_TX))) {
                byte[] blob = BlobData.encode(data);
                byte[] commitment = kzg.blobToCommitment(blob);
                byte[] proof = kzg.computeBlobProof(blob, commitment);
                Hash vh = Hash.wrap(BlobKzg.versionedHash(commitment));
                hashes.add(vh);
                bs.add(new L1BlockData.Blob(bs.size(), vh, blob, commitment, proof));
            }
            SignedTransaction tx = Signer.blob(key, rollup.l1ChainId(), nonce(key), Workload.TIP,
                    UInt256.valueOf(1_000_000_000_000L), BLOB_TX_GAS, rollup.batchInboxAddress(),
                    UInt256.valueOf(1_000_000_000_000L), hashes);
            subs.add(new Submission(tx, BLOB_TX_GAS, bs));
        }
        return subs;
    }

    private long nonce(Keys k) {
        long n = nonces.getOrDefault(k.address(), 0L);
        nonces.put(k.address(), n + 1);
        return n;
    }

    /** The largest frame data that still fits a blob with the version byte and frame header. */
    private int maxFrameData() {
        return Math.min(config.maxFrameData(), BlobData.MAX_BLOB_DATA_SIZE - 1 - Frame.FRAME_HEADER_AND_FOOTER);
    }

    private void encode(List<L2BlockData> blocks, long l1Number, long l1Time, long notBefore) {
        if (scenarios.timesOut(blocks.get(0))) {
            // The channel goes out without its last frame, which never comes; once the channel timeout has passed
            // (open block + timeout < L1 block), the blocks go again in a new channel, as op-batcher re-sends them.
            // Before Canyon the incomplete channel blocks the bank's head until it times out.
            ChannelOut lost = channel(blocks, l1Time);
            int half = Math.max(1, (lost.close().length + 1) / 2);
            List<byte[]> lostFrames = lost.batcherData(half + 1 + Frame.FRAME_HEADER_AND_FOOTER);
            for (byte[] f : lostFrames.subList(0, lostFrames.size() - 1)) {
                frames.add(new Outgoing(f, notBefore, lost.id().toShortHex()));
            }
            long again = l1Number + rollup.channelTimeout(l1Time) + 1;
            events.add("L1 #" + l1Number + ": channel " + lost.id().toShortHex() + " (L2 #" + blocks.get(0).number()
                    + "–" + blocks.get(blocks.size() - 1).number() + ") sent without its last frame; it times out, "
                    + "the blocks go again in a new channel in L1 #" + again);
            ChannelOut resent = channel(blocks, l1Time);
            for (byte[] f : resent.batcherData(maxFrameData() + 1 + Frame.FRAME_HEADER_AND_FOOTER)) {
                frames.add(new Outgoing(f, again, resent.id().toShortHex()));
            }
            return;
        }
        ChannelOut out = channel(blocks, l1Time);
        for (byte[] f : out.batcherData(maxFrameData() + 1 + Frame.FRAME_HEADER_AND_FOOTER)) {
            frames.add(new Outgoing(f, notBefore, out.id().toShortHex()));
        }
    }

    private ChannelOut channel(List<L2BlockData> blocks, long l1Time) {
        byte[] idSeed = new byte[16];
        Bytes.writeLongBE(config.seed(), idSeed, 0);
        Bytes.writeLongBE(channels++, idSeed, 8);
        ChannelId id = ChannelId.of(Arrays.copyOf(Keccak256.digest(idSeed), ChannelId.SIZE));
        ChannelOut.Compression c = config.brotliFromFjord() && rollup.isFjordActive(l1Time)
                ? ChannelOut.Compression.BROTLI : config.compression();
        ChannelOut out = new ChannelOut(id, c, rollup.maxRlpBytesPerChannel(l1Time));
        for (Batch b : batches(blocks)) out.add(b);
        return out;
    }

    /** One span batch for all blocks once Delta is active at the first block's L1 origin, else singular batches. */
    List<Batch> batches(List<L2BlockData> blocks) {
        List<SingularBatch> singular = new ArrayList<>(blocks.size());
        for (L2BlockData b : blocks) {
            List<byte[]> txs = scenarios.batchTransactions(b, chains);
            singular.add(new SingularBatch(b.header().parentHash(), b.info().l1Origin().number(),
                    b.info().l1Origin().hash(), b.header().timestamp(), txs));
        }
        L2BlockData first = blocks.get(0);
        long originTime = chains.l1.get((int) first.info().l1Origin().number()).header().timestamp();
        if (config.spanBatchesFromDelta() && rollup.isDeltaActive(originTime)) {
            return List.of(SpanBatch.fromSingularBatches(singular, first.info().sequenceNumber() == 0,
                    rollup.genesis().l2Time(), rollup.l2ChainId()).toRaw());
        }
        return List.copyOf(singular);
    }
}
