package io.kona4j.devnet;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.ChannelOut;
import io.kona4j.protocol.batch.SingularBatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The batch submitter: the L2 blocks sequenced on one L1 block become one channel (their batches, compressed),
 * split into frames of at most {@code maxFrameData} bytes; each following L1 block carries up to
 * {@code framesPerL1Block} batcher transactions, signed by the batcher key and sent to the batch inbox.
 */
final class Batcher {
    private final DevnetConfig config;
    private final RollupConfig rollup;
    private final Keys key;
    private final Deque<byte[]> frames = new ArrayDeque<>();
    private long nonce;
    private long channels;

    /** One batcher transaction for an L1 block, with its receipt gas and blobs (empty for calldata). */
    record Submission(SignedTransaction tx, long gasUsed, List<L1BlockData.Blob> blobs) {}

    Batcher(DevnetConfig config, RollupConfig rollup, Keys key, ChainView chains) {
        this.config = config;
        this.rollup = rollup;
        this.key = key;
    }

    /** Encodes {@code blocks} (consecutive, the L2 blocks of one L1 block) as one channel. */
    void add(List<L2BlockData> blocks) {
        if (blocks.isEmpty()) return;
        byte[] idSeed = new byte[16];
        Bytes.writeLongBE(config.seed(), idSeed, 0);
        Bytes.writeLongBE(channels++, idSeed, 8);
        ChannelId id = ChannelId.of(Arrays.copyOf(Keccak256.digest(idSeed), ChannelId.SIZE));
        ChannelOut out = new ChannelOut(id, config.compression(),
                rollup.maxRlpBytesPerChannel(blocks.get(0).info().l1Origin().number()));
        for (L2BlockData b : blocks) out.add(singular(b));
        frames.addAll(out.batcherData(config.maxFrameData() + 1 + io.kona4j.protocol.batch.Frame.FRAME_HEADER_AND_FOOTER));
    }

    static SingularBatch singular(L2BlockData b) {
        List<byte[]> txs = new ArrayList<>();
        for (Transaction t : b.block().transactions()) {
            if (!(t instanceof DepositTransaction)) txs.add(t.encode());
        }
        return new SingularBatch(b.header().parentHash(), b.info().l1Origin().number(), b.info().l1Origin().hash(),
                b.header().timestamp(), txs);
    }

    boolean pending() {
        return !frames.isEmpty();
    }

    List<Submission> submissions(long l1Number, long l1Time, Header parent) {
        List<Submission> out = new ArrayList<>();
        while (!frames.isEmpty() && out.size() < config.framesPerL1Block()) {
            byte[] data = frames.poll();
            SignedTransaction tx = Signer.eip1559(key, rollup.l1ChainId(), nonce++, Workload.TIP,
                    UInt256.valueOf(1_000_000_000_000L), DevnetBuilder.calldataGas(data) + 10_000,
                    rollup.batchInboxAddress(), UInt256.ZERO, data);
            out.add(new Submission(tx, DevnetBuilder.calldataGas(data), List.of()));
        }
        return out;
    }
}
