package io.kona4j.devnet;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.sources.BlobProvider;
import io.kona4j.derive.sources.EthereumDataSource;
import io.kona4j.derive.sources.IndexedBlobHash;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.BatchReader;
import io.kona4j.protocol.batch.Channel;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.ChannelOut;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.RawSpanBatch;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import io.kona4j.protocol.batch.SpanBatchElement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batcher's DA formats read back by the derive module's data sources (calldata, blobs through a blob provider
 * that checks the KZG proofs and versioned hashes) and the protocol module's frame, channel and batch decoders: every
 * L2 block comes back as the batch the sequencer built it from.
 */
class BatcherTest {
    /** Regolith, Canyon, Delta at genesis (span batches possible, no Ecotone). */
    static final HardForks DELTA = HardForks.NONE.with(Hardfork.REGOLITH, 0L).with(Hardfork.CANYON, 0L)
            .with(Hardfork.DELTA, 0L);
    /** Every fork up to Fjord at genesis: blobs and brotli from the first L1 block. */
    static final HardForks FJORD = DELTA.with(Hardfork.ECOTONE, 0L).with(Hardfork.FJORD, 0L);

    /** What came out of the L1 chain. */
    record Decoded(Map<Long, SingularBatch> blocks, int singular, int span, int zlib, int brotli, int frames,
                   int channels, int calldataTxs, int blobTxs, int blobs, int framesInMultiFrameChannels,
                   int channelsOverSeveralL1Blocks) {}

    static Decoded decode(Devnet d, Address batcher) {
        RollupConfig cfg = d.rollupConfig();
        ChainView chains = d.chains();
        BlobKzg kzg = EthKzgBlobKzg.instance();
        BlobProvider blobs = (block, hashes) -> {
            L1BlockData b = d.l1Block(block.hash());
            List<byte[]> out = new ArrayList<>();
            for (IndexedBlobHash h : hashes) {
                L1BlockData.Blob blob = b.blobs().get((int) h.index());
                assertThat(blob.versionedHash()).isEqualTo(h.hash());
                assertThat(Hash.wrap(BlobKzg.versionedHash(blob.commitment()))).isEqualTo(h.hash());
                assertThat(kzg.verifyBlobProof(blob.blob(), blob.commitment(), blob.proof())).isTrue();
                out.add(blob.blob());
            }
            return out;
        };
        EthereumDataSource source = new EthereumDataSource(chains.l1Provider(), blobs, cfg);
        Map<Long, SingularBatch> blocks = new TreeMap<>();
        Map<ChannelId, Channel> open = new LinkedHashMap<>();
        Map<ChannelId, Integer> framesOf = new HashMap<>();
        int[] n = new int[11];
        for (L1BlockData b : d.l1Blocks()) {
            for (Transaction t : b.block().transactions()) {
                if (!cfg.batchInboxAddress().equals(t.to())) continue;
                if (t.type() == TxType.EIP4844) {
                    n[8]++;
                    n[9] += t.blobVersionedHashes().size();
                } else {
                    n[7]++;
                }
            }
            assertThat(b.header().blobGasUsed()).isEqualTo(131_072L * b.blobs().size());
            source.clear();
            BlockInfo info = BlockInfo.of(b.header());
            while (true) {
                byte[] data;
                try {
                    data = source.next(info, batcher);
                } catch (PipelineException e) {
                    break;
                }
                for (Frame f : Frame.parseFrames(data)) {
                    n[5]++;
                    framesOf.merge(f.channelId(), 1, Integer::sum);
                    Channel c = open.computeIfAbsent(f.channelId(), id -> new Channel(id, b.header().number(), true));
                    c.addFrame(f, b.header().number());
                    if (!c.isReady()) continue;
                    open.remove(f.channelId());
                    n[6]++;
                    if (c.highestInclusionBlockNumber() > c.openBlockNumber()) n[10]++;
                    byte[] ch = c.data();
                    if (ch[0] == BatchReader.CHANNEL_VERSION_BROTLI) n[3]++; else n[2]++;
                    try (BatchReader r = BatchReader.open(ch, cfg.maxRlpBytesPerChannel(b.header().timestamp()),
                            cfg.isFjordActive(b.header().timestamp()))) {
                        for (Batch batch = r.nextBatch(); batch != null; batch = r.nextBatch()) {
                            if (batch instanceof SingularBatch s) {
                                n[0]++;
                                blocks.put(s.timestamp(), s);
                            } else {
                                n[1]++;
                                SpanBatch span = SpanBatch.derive((RawSpanBatch) batch, cfg.blockTime(),
                                        cfg.genesis().l2Time(), cfg.l2ChainId());
                                for (SpanBatchElement e : span.elements()) {
                                    Hash origin = chains.l1.get((int) e.epochNumber()).hash();
                                    blocks.put(e.timestamp(), new SingularBatch(Hash.ZERO, e.epochNumber(), origin,
                                            e.timestamp(), e.transactions()));
                                }
                            }
                        }
                    }
                }
            }
        }
        int multi = 0;
        for (int c : framesOf.values()) if (c > 1) multi += c;
        assertThat(open).as("channels left incomplete").isEmpty();
        return new Decoded(blocks, n[0], n[1], n[2], n[3], n[5], n[6], n[7], n[8], n[9], multi, n[10]);
    }

    /** Every L2 block after genesis is in the decoded batches with its timestamp, epoch and user transactions. */
    static void assertBatchesAreTheChain(Devnet d, Decoded dec) {
        assertThat(dec.blocks()).hasSize(d.l2Blocks().size() - 1);
        for (L2BlockData b : d.l2Blocks().subList(1, d.l2Blocks().size())) {
            SingularBatch s = dec.blocks().get(b.header().timestamp());
            assertThat(s).as("batch of L2 #" + b.number()).isNotNull();
            assertThat(s.epochNumber()).isEqualTo(b.info().l1Origin().number());
            assertThat(s.epochHash()).isEqualTo(b.info().l1Origin().hash());
            if (!s.parentHash().isZero()) assertThat(s.parentHash()).isEqualTo(b.header().parentHash());
            List<String> want = new ArrayList<>();
            for (Transaction t : b.block().transactions()) {
                if (!(t instanceof DepositTransaction)) want.add(Hex.encode(t.encode()));
            }
            assertThat(s.transactions().stream().map(Hex::encode).toList()).as("L2 #" + b.number()).isEqualTo(want);
        }
    }

    @Test
    void bedrockCalldataZlibSingularOverSeveralFramesAndL1Blocks() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(3, 14).withFrames(300, 2));
        Decoded dec = decode(d, Keys.of(3, "batcher").address());
        assertBatchesAreTheChain(d, dec);
        assertThat(dec.span()).isZero();
        assertThat(dec.brotli()).isZero();
        assertThat(dec.blobTxs()).isZero();
        assertThat(dec.calldataTxs()).isEqualTo(dec.frames());
        assertThat(dec.frames()).isGreaterThan(dec.channels());
        assertThat(dec.channelsOverSeveralL1Blocks()).isPositive();
    }

    @Test
    void deltaSpanBatchesInCalldata() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(4, 14).withHardForks(DELTA)
                .withBatching(ChannelOut.Compression.ZLIB, true, true, true));
        Decoded dec = decode(d, Keys.of(4, "batcher").address());
        assertBatchesAreTheChain(d, dec);
        assertThat(dec.singular()).isZero();
        assertThat(dec.span()).isEqualTo(dec.channels()).isPositive();
        assertThat(dec.brotli()).as("no brotli before Fjord").isZero();
        assertThat(dec.blobTxs()).as("no blobs before Ecotone").isZero();
    }

    @Test
    void fjordSpanBrotliBlobsWithSeveralBlobsPerTransaction() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(5, 14).withHardForks(FJORD)
                .withBatching(ChannelOut.Compression.ZLIB, true, true, true).withFrames(1200, 3));
        Decoded dec = decode(d, Keys.of(5, "batcher").address());
        assertBatchesAreTheChain(d, dec);
        assertThat(dec.singular()).isZero();
        assertThat(dec.zlib()).isZero();
        assertThat(dec.brotli()).isEqualTo(dec.channels());
        assertThat(dec.calldataTxs()).isZero();
        assertThat(dec.blobs()).isEqualTo(dec.frames()).isGreaterThan(dec.blobTxs());
        assertThat(dec.framesInMultiFrameChannels()).isPositive();
        // The commitment binds the blob: an opening at a point verifies with the pure-Java point evaluation
        // (the 0x0a precompile, pairing against the setup's G2 point), independent of the back end that made it.
        L1BlockData.Blob blob = d.l1Blocks().stream().flatMap(b -> b.blobs().stream()).findFirst().orElseThrow();
        byte[] z = new byte[32];
        z[31] = 7;
        BlobKzg.ProofAndEvaluation opening = EthKzgBlobKzg.instance().computeProof(blob.blob(), z);
        byte[] input = io.kona4j.primitives.Bytes.concat(blob.versionedHash().toArray(), z, opening.y(),
                blob.commitment(), opening.proof());
        assertThat(io.kona4j.crypto.kzg.KzgPointEvaluation.INSTANCE.run(input)).isNotNull();
        input[40] ^= 1;
        assertThat(io.kona4j.crypto.kzg.KzgPointEvaluation.INSTANCE.run(input)).isNull();
        ScenariosTest.proveAcross(d, 5, 9);
    }

    @Test
    void fjordWithoutTheFlagsStaysZlibSingularCalldata() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(6, 8).withHardForks(FJORD));
        Decoded dec = decode(d, Keys.of(6, "batcher").address());
        assertBatchesAreTheChain(d, dec);
        assertThat(dec.span()).isZero();
        assertThat(dec.brotli()).isZero();
        assertThat(dec.blobTxs()).isZero();
    }
}
