package io.kona4j.derive.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.derive.PipelineRunner;
import io.kona4j.derive.attributes.StatefulAttributesBuilder;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: L1 blocks built here with the batcher's encoders, derived into payload attributes. */
class DerivationPipelineTest {
    static byte[] tx(int i) {
        return new Eip1559Transaction(DeriveFixture.L2_CHAIN_ID, i, UInt256.ONE, UInt256.ONE, 21_000, Address.ZERO,
                UInt256.ZERO, new byte[0], List.of(), 0, UInt256.ONE, UInt256.ONE).encode();
    }

    /** Singular batches for L2 blocks 1..n on the genesis, all in epoch 0. */
    static List<SingularBatch> batches(DeriveFixture f, int n) {
        List<SingularBatch> out = new ArrayList<>();
        Hash parent = f.safeHead().hash();
        for (int i = 1; i <= n; i++) {
            out.add(new SingularBatch(i == 1 ? parent : DeriveFixture.hash("l2", i - 1), 0, f.l1(0).hash(),
                    DeriveFixture.GENESIS_TIME + 2L * i, List.of(tx(i))));
        }
        return out;
    }

    @Test
    void singularBatchesBeforeHoloceneBecomeAttributesInOrder() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.GRANITE, 0), 100);
        List<SingularBatch> bs = batches(f, 3);
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, bs)))));
        f.fillL1(3);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(out.get(i).attributes().timestamp()).isEqualTo(DeriveFixture.GENESIS_TIME + 2L * (i + 1));
            assertThat(out.get(i).attributes().transactions()).containsExactly(tx(i + 1));
            assertThat(out.get(i).attributes().noTxPool()).isTrue();
            assertThat(out.get(i).derivedFrom().number()).isEqualTo(1);
        }
    }

    @Test
    void spanBatchUnderHoloceneIsSplitIntoBlocks() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.ISTHMUS, 0), 100);
        List<SingularBatch> bs = batches(f, 4);
        Batch span = SpanBatch.fromSingularBatches(bs, false, DeriveFixture.GENESIS_TIME, DeriveFixture.L2_CHAIN_ID).toRaw();
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 300, List.of(span))))));
        f.fillL1(3);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(4);
        assertThat(out.get(3).attributes().transactions()).containsExactly(tx(4));
        assertThat(out.get(3).isLastInSpan()).isTrue();
        assertThat(out.get(0).isLastInSpan()).isFalse();
    }

    @Test
    void emptyBatchesFillTheEpochOnceTheSequencingWindowHasPassed() {
        for (Hardfork last : List.of(Hardfork.GRANITE, Hardfork.HOLOCENE)) {
            DeriveFixture f = new DeriveFixture(HardForks.through(last, 0), 4);
            f.fillL1(8);
            List<OpAttributesWithParent> out = PipelineRunner.run(f);
            assertThat(out).as(last.name()).isNotEmpty();
            assertThat(out).allSatisfy(a -> assertThat(a.attributes().transactions()).isEmpty());
            // epoch 0 (t=1000) gets blocks until the next L1 origin (t=1012): 1002..1010; then epoch 1 from 1012
            assertThat(out.get(0).attributes().timestamp()).isEqualTo(1002);
            assertThat(f.builderEpochs.get(0).number()).isEqualTo(0);
            assertThat(f.builderEpochs.get(4).number()).isEqualTo(0);
            assertThat(f.builderEpochs.get(5).number()).isEqualTo(1);
            // the window (4) of epoch e closes at L1 #e+4 (+ out of data): 8 L1 blocks force epochs 0..4 at most
            assertThat(f.builderEpochs.get(f.builderEpochs.size() - 1).number()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void noEmptyBatchesWhileTheSequencingWindowIsOpen() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.HOLOCENE, 0), 10);
        f.fillL1(9);
        assertThat(PipelineRunner.run(f)).isEmpty();
    }

    static byte[] setCode() {
        return new Eip7702Transaction(DeriveFixture.L2_CHAIN_ID, 9, UInt256.ONE, UInt256.ONE, 50_000, Address.ZERO,
                UInt256.ZERO, new byte[0], List.of(), List.of(), 0, UInt256.ONE, UInt256.ONE).encode();
    }

    /**
     * Holocene fast channel invalidation (PROTOCOL.md §1.6): block 2 of the span batch carries a set-code tx before
     * Isthmus, so blocks 2–3 and the singular batch after it in the same channel are dropped; a later channel fills in.
     */
    @Test
    void holoceneDropsTheRestOfTheSpanAndChannelAfterAnInvalidBlock() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.HOLOCENE, 0), 100);
        List<SingularBatch> bs = batches(f, 4);
        List<SingularBatch> spanBlocks = new ArrayList<>(bs.subList(0, 3));
        SingularBatch bad = spanBlocks.get(1);
        spanBlocks.set(1, new SingularBatch(bad.parentHash(), bad.epochNumber(), bad.epochHash(), bad.timestamp(),
                List.of(setCode())));
        Batch span = SpanBatch.fromSingularBatches(spanBlocks, false, DeriveFixture.GENESIS_TIME, DeriveFixture.L2_CHAIN_ID)
                .toRaw();
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000,
                List.of(span, bs.get(3)))))));
        List<SingularBatch> retry = List.of(bs.get(1).withParentHash(DeriveFixture.hash("l2", 1)), bs.get(2), bs.get(3));
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(2, 100_000, retry)))));
        f.fillL1(4);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).derivedFrom().number()).isEqualTo(1);
        for (int i = 1; i < 4; i++) {
            assertThat(out.get(i).derivedFrom().number()).isEqualTo(2);
            assertThat(out.get(i).attributes().transactions()).containsExactly(tx(i + 1));
        }
    }

    /** Before Holocene the same span batch is dropped whole, and the retry channel supplies all blocks. */
    @Test
    void beforeHoloceneAnInvalidSpanBatchIsDroppedWhole() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.GRANITE, 0), 100);
        List<SingularBatch> bs = batches(f, 3);
        List<SingularBatch> spanBlocks = new ArrayList<>(bs);
        SingularBatch bad = spanBlocks.get(1);
        spanBlocks.set(1, new SingularBatch(bad.parentHash(), bad.epochNumber(), bad.epochHash(), bad.timestamp(),
                List.of(setCode())));
        Batch span = SpanBatch.fromSingularBatches(spanBlocks, false, DeriveFixture.GENESIS_TIME, DeriveFixture.L2_CHAIN_ID)
                .toRaw();
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, List.of(span))))));
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(2, 100_000, bs)))));
        f.fillL1(4);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(3);
        assertThat(out).allSatisfy(a -> assertThat(a.derivedFrom().number()).isEqualTo(2));
    }

    /**
     * Out-of-order batches in separate channels (block 2 first): before Holocene the future batch waits in the batch
     * queue and both apply; from Holocene block 2 is dropped (no future state) and only block 1 applies.
     */
    @Test
    void futureBatchesWaitBeforeHoloceneAndAreDroppedFromIt() {
        for (boolean holocene : new boolean[] {false, true}) {
            DeriveFixture f = new DeriveFixture(HardForks.through(holocene ? Hardfork.HOLOCENE : Hardfork.GRANITE, 0), 100);
            List<SingularBatch> bs = batches(f, 2);
            f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, List.of(bs.get(1))))),
                    f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(2, 100_000, List.of(bs.get(0)))))));
            f.fillL1(3);
            List<OpAttributesWithParent> out = PipelineRunner.run(f);
            assertThat(out).as(holocene ? "Holocene" : "pre-Holocene").hasSize(holocene ? 1 : 2);
        }
    }

    /** Pre-Holocene, a channel's frames may arrive out of order and across L1 blocks (channel bank). */
    @Test
    void channelBankAssemblesFramesAcrossL1Blocks() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.GRANITE, 0), 100);
        List<Frame> frames = DeriveFixture.channelFrames(1, 40, batches(f, 3));
        assertThat(frames.size()).isGreaterThan(3);
        List<Frame> reversed = new ArrayList<>(frames);
        java.util.Collections.reverse(reversed);
        int half = reversed.size() / 2;
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(reversed.subList(0, half)))));
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(reversed.subList(half, reversed.size())))));
        f.fillL1(4);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).derivedFrom().number()).isEqualTo(2);
        DeriveFixture h = new DeriveFixture(HardForks.through(Hardfork.HOLOCENE, 0), 100);
        h.addL1Block(List.of(h.batcherTx(DeriveFixture.data(reversed))));
        h.fillL1(3);
        assertThat(PipelineRunner.run(h)).isEmpty();
    }

    /**
     * The whole derive module together: this pipeline with the protocol helper's {@code StatefulAttributesBuilder}.
     * Each derived block starts with the L1-info deposit of its epoch, then the batch's transaction.
     */
    @Test
    void pipelineWithTheStatefulAttributesBuilder() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.ISTHMUS, 0), 100);
        List<SingularBatch> bs = batches(f, 3);
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, bs)))));
        f.fillL1(3);
        List<OpAttributesWithParent> out = PipelineRunner.run(f,
                new StatefulAttributesBuilder(f.config, L1ChainConfig.MAINNET, f, f));
        assertThat(out).hasSize(3);
        for (int i = 0; i < 3; i++) {
            List<byte[]> txs = out.get(i).attributes().transactions();
            assertThat(txs).hasSize(2);
            assertThat(txs.get(0)[0]).isEqualTo((byte) 0x7E);
            assertThat(txs.get(1)).isEqualTo(tx(i + 1));
            assertThat(out.get(i).attributes().prevRandao()).isEqualTo(DeriveFixture.hash("mix", 0));
            assertThat(out.get(i).attributes().noTxPool()).isTrue();
        }
    }

    /** From Ecotone the channel can arrive in blobs: two frames in two blobs of one blob transaction. */
    @Test
    void channelCarriedInBlobs() {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.HOLOCENE, 0), 100);
        List<Frame> frames = DeriveFixture.channelFrames(1, 60, batches(f, 3));
        assertThat(frames.size()).isGreaterThan(1);
        int half = frames.size() / 2;
        byte[] first = DeriveFixture.data(frames.subList(0, half));
        byte[] second = DeriveFixture.data(frames.subList(half, frames.size()));
        f.addL1Block(List.of(f.blobTx(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, new byte[] {1, 2, 3}, first, second)));
        f.fillL1(3);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(3);
        assertThat(out.get(2).attributes().transactions()).containsExactly(tx(3));
    }

    /**
     * Holocene activates at L1 block #2 (t=1024), between two channels of epoch-0 batches: the pipeline reports the
     * activation, switches to the assembler and validator, and the batch after the switch still finds its epoch
     * among the L1 blocks handed over by the batch queue.
     */
    @Test
    void holoceneActivationMidChainKeepsDeriving() {
        long activation = DeriveFixture.GENESIS_TIME + 2 * DeriveFixture.L1_BLOCK_TIME;
        DeriveFixture f = new DeriveFixture(new HardForks(0L, 0L, 0L, 0L, 0L, 0L, activation, null, null, null, null, null,
                false), 100);
        List<SingularBatch> bs = batches(f, 6);
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, bs.subList(0, 3))))));
        f.addL1Block(List.of());
        f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(2, 100_000, bs.subList(3, 6))))));
        f.fillL1(5);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        assertThat(out).hasSize(6);
        assertThat(out.get(5).derivedFrom().number()).isEqualTo(3);
        assertThat(out.get(5).attributes().transactions()).containsExactly(tx(6));
    }

    /**
     * Starting from a safe head whose L1 origin (#1) is after the reset origin (#0), as the sync start does: the
     * stages drain the older L1 data without using it, then derive the blocks after the safe head.
     */
    @Test
    void startingBehindTheSafeHeadsOriginDrainsThenDerives() {
        for (Hardfork last : List.of(Hardfork.GRANITE, Hardfork.HOLOCENE)) {
            DeriveFixture f = new DeriveFixture(HardForks.through(last, 0), 100);
            List<SingularBatch> early = batches(f, 5);
            f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(1, 100_000, early)))));
            List<SingularBatch> late = new ArrayList<>();
            for (int i = 7; i <= 8; i++) {
                late.add(new SingularBatch(DeriveFixture.hash("l2", i - 1), 1, f.l1(1).hash(),
                        DeriveFixture.GENESIS_TIME + 2L * i, List.of(tx(i))));
            }
            f.addL1Block(List.of(f.batcherTx(DeriveFixture.data(DeriveFixture.channelFrames(2, 100_000, late)))));
            f.fillL1(4);
            for (int i = 1; i <= 6; i++) f.applyAttributes(DeriveFixture.GENESIS_TIME + 2L * i, i >= 6 ? f.l1(1).id() : f.l1(0).id());
            DerivationPipeline p = PipelineRunner.build(f, f);
            p.reset(f.safeHead(), f.l1(0));
            List<OpAttributesWithParent> out = new ArrayList<>();
            for (int step = 0; step < 10_000 && out.size() < 2; step++) {
                StepResult r = p.step(f.safeHead());
                if (r instanceof StepResult.PreparedAttributes) {
                    OpAttributesWithParent a = p.next();
                    out.add(a);
                    f.applyAttributes(a.attributes().timestamp(), f.builderEpochs.get(f.builderEpochs.size() - 1));
                } else if (r instanceof StepResult.OriginAdvanceErr e) {
                    throw e.error();
                }
            }
            assertThat(out).as(last.name()).hasSize(2);
            assertThat(out.get(0).attributes().transactions()).containsExactly(tx(7));
            assertThat(out.get(1).attributes().transactions()).containsExactly(tx(8));
        }
    }
}
