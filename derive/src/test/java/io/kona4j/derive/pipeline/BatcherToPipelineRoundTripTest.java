package io.kona4j.derive.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.derive.PipelineRunner;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.ChannelOut;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The batcher's encoders and the pipeline agree: random L2 blocks, sent as singular or span batches in one or more
 * zlib/brotli channels, cut into frames of random size and spread over one or two L1 blocks each (calldata or
 * blobs), derive back to
 * exactly those blocks and transactions, before and after Holocene.
 */
class BatcherToPipelineRoundTripTest {
    @Property(tries = 30)
    void randomBlocksRoundTripThroughThePipeline(@ForAll long seed) {
        Random r = new Random(seed);
        Hardfork fork = r.nextBoolean() ? Hardfork.HOLOCENE : Hardfork.GRANITE;
        DeriveFixture f = new DeriveFixture(HardForks.through(fork, 0), 100);
        int blocks = 1 + r.nextInt(20);
        int maxEpoch = 2 * blocks / 12;
        f.fillL1(maxEpoch);
        List<SingularBatch> all = new ArrayList<>();
        List<List<byte[]>> txsPerBlock = new ArrayList<>();
        Hash parent = f.safeHead().hash();
        for (int i = 1; i <= blocks; i++) {
            int epoch = 2 * i / 12;
            List<byte[]> txs = new ArrayList<>();
            for (int t = r.nextInt(4); t > 0; t--) txs.add(randomTx(r));
            txsPerBlock.add(txs);
            all.add(new SingularBatch(parent, epoch, f.l1(epoch).hash(), DeriveFixture.GENESIS_TIME + 2L * i, txs));
            parent = DeriveFixture.hash("l2", i);
        }
        List<Batch> batches = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int n = 1 + r.nextInt(all.size() - i);
            if (r.nextBoolean()) {
                batches.addAll(all.subList(i, i + n));
            } else {
                boolean newOrigin = all.get(i).epochNumber() != (i == 0 ? 0 : all.get(i - 1).epochNumber());
                batches.add(SpanBatch.fromSingularBatches(all.subList(i, i + n), newOrigin, DeriveFixture.GENESIS_TIME,
                        DeriveFixture.L2_CHAIN_ID).toRaw());
            }
            i += n;
        }
        List<Transaction> pending = new ArrayList<>();
        int channel = 0;
        for (int b = 0; b < batches.size(); ) {
            int n = 1 + r.nextInt(batches.size() - b);
            ChannelOut out = new ChannelOut(DeriveFixture.channelId(++channel),
                    r.nextBoolean() ? ChannelOut.Compression.ZLIB : ChannelOut.Compression.BROTLI, 10_000_000);
            for (Batch x : batches.subList(b, b + n)) out.add(x);
            b += n;
            boolean blobs = r.nextBoolean() && fork == Hardfork.HOLOCENE;
            List<byte[]> datas = out.batcherData(40 + r.nextInt(400));
            // a channel spans at most two L1 blocks here, well inside the fixture's channel timeout (3 from Granite)
            int cut = r.nextInt(datas.size() + 1);
            for (int d = 0; d < datas.size(); d++) {
                if (d == cut) {
                    f.addL1Block(pending);
                    pending = new ArrayList<>();
                }
                byte[] data = datas.get(d);
                pending.add(blobs ? f.blobTx(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, new byte[0], data)
                        : f.batcherTx(data));
            }
        }
        f.addL1Block(pending);
        f.fillL1(f.l1.size() + 2);
        List<OpAttributesWithParent> derived = PipelineRunner.run(f);
        assertThat(derived).hasSize(blocks);
        for (int k = 0; k < blocks; k++) {
            assertThat(derived.get(k).attributes().timestamp()).isEqualTo(DeriveFixture.GENESIS_TIME + 2L * (k + 1));
            assertThat(derived.get(k).attributes().transactions()).containsExactlyElementsOf(txsPerBlock.get(k));
            assertThat(f.builderEpochs.get(k).number()).isEqualTo(all.get(k).epochNumber());
        }
    }

    static byte[] randomTx(Random r) {
        byte[] input = new byte[r.nextInt(40)];
        r.nextBytes(input);
        UInt256 sig = UInt256.valueOf(1 + (r.nextLong() >>> 2));
        long nonce = r.nextInt(1000);
        if (r.nextBoolean()) {
            return new LegacyTransaction(nonce, UInt256.valueOf(7), 21_000, Address.ZERO, UInt256.valueOf(r.nextInt(100)),
                    input, DeriveFixture.L2_CHAIN_ID * 2 + 35 + r.nextInt(2), sig, sig).encode();
        }
        return new Eip1559Transaction(DeriveFixture.L2_CHAIN_ID, nonce, UInt256.ONE, UInt256.valueOf(9), 30_000,
                r.nextBoolean() ? null : Address.ZERO, UInt256.ZERO, input, List.of(), r.nextInt(2), sig, sig).encode();
    }
}
