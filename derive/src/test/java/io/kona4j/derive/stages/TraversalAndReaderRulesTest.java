package io.kona4j.derive.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.signals.Signal;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.ChannelCompression;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import io.kona4j.protocol.sysconfig.SystemConfigUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PROTOCOL.md §1.2 (L1 traversal) and §1.7 (channel decompression and batch reading). */
class TraversalAndReaderRulesTest {
    static final Address NEW_BATCHER = Address.fromHex("0x00000000000000000000000000000000000000b2");

    @Test
    void traversalFollowsTheChainAndDetectsAReorg() {
        DeriveFixture f = new DeriveFixture(HardForks.NONE, 100);
        f.fillL1(2);
        L1Traversal t = new L1Traversal(f, f.config, f.l1(0));
        t.advanceOrigin();
        assertThat(t.origin()).isEqualTo(f.l1(1));
        assertThat(t.nextL1Block()).isEqualTo(f.l1(1));
        assertThatThrownBy(t::nextL1Block).isInstanceOf(PipelineException.class).matches(e -> ((PipelineException) e).isEof());
        BlockInfo real = f.l1(2);
        f.l1.set(2, new BlockInfo(real.hash(), 2, Hash.ZERO, real.timestamp()));
        assertThatThrownBy(t::advanceOrigin).isInstanceOf(ResetException.class)
                .matches(e -> ((ResetException) e).reason() == ResetReason.REORG_DETECTED);
    }

    @Test
    void traversalAppliesSystemConfigUpdatesFromSuccessfulReceipts() {
        DeriveFixture f = new DeriveFixture(HardForks.NONE, 100);
        f.fillL1(2);
        Log update = SystemConfigLogs.encode(DeriveFixture.SYSTEM_CONFIG, new SystemConfigUpdate.Batcher(NEW_BATCHER));
        f.l1Receipts().put(f.l1(1).hash(), List.of(Receipt.of(TxType.EIP1559, false, 1, List.of(update))));
        f.l1Receipts().put(f.l1(2).hash(), List.of(Receipt.of(TxType.EIP1559, true, 1, List.of(update))));
        L1Traversal t = new L1Traversal(f, f.config, f.l1(0));
        t.advanceOrigin();
        assertThat(t.batcherAddress()).isEqualTo(DeriveFixture.BATCHER);
        t.advanceOrigin();
        assertThat(t.batcherAddress()).isEqualTo(NEW_BATCHER);
    }

    @Test
    void holoceneActivationBetweenOriginsAsksForAReset() {
        long holoceneAt = DeriveFixture.GENESIS_TIME + 2 * DeriveFixture.L1_BLOCK_TIME;
        DeriveFixture f = new DeriveFixture(new HardForks(0L, 0L, 0L, 0L, 0L, 0L, holoceneAt, null, null, null, null, null,
                false), 100);
        f.fillL1(3);
        L1Traversal t = new L1Traversal(f, f.config, f.l1(0));
        t.advanceOrigin();
        assertThatThrownBy(t::advanceOrigin).isInstanceOf(ResetException.class)
                .matches(e -> ((ResetException) e).reason() == ResetReason.HOLOCENE_ACTIVATION);
        assertThat(t.origin()).isEqualTo(f.l1(2));
        t.advanceOrigin();
        assertThat(t.origin()).isEqualTo(f.l1(3));
    }

    static RollupConfig cfg(HardForks forks) {
        return new DeriveFixture(forks, 100).config;
    }

    static final SingularBatch B1 = new SingularBatch(Hash.ZERO, 0, Hash.ZERO, 1002, List.of(new byte[] {2, (byte) 0xc0}));
    static final SingularBatch B2 = new SingularBatch(Hash.ZERO, 0, Hash.ZERO, 1004, List.of());

    static List<DecodedBatch> read(RollupConfig cfg, byte[]... channels) {
        Feeds.Channels feed = new Feeds.Channels(new BlockInfo(Hash.ZERO, 1, Hash.ZERO, 1012));
        feed.items.addAll(Arrays.asList(channels));
        ChannelReader r = new ChannelReader(feed, cfg);
        List<DecodedBatch> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try {
                out.add(r.nextBatch());
            } catch (PipelineException e) {
                if (e.isEof()) return out;
            }
        }
        throw new AssertionError("reader did not drain");
    }

    static byte[] zlib(List<? extends Batch> batches) {
        return ChannelCompression.zlib(ChannelCompression.rlpStream(batches), 9);
    }

    static byte[] brotli(List<? extends Batch> batches) {
        return ChannelCompression.brotli(ChannelCompression.rlpStream(batches), 9, 22);
    }

    @Test
    void zlibChannelsAreRead() {
        assertThat(read(cfg(HardForks.NONE), zlib(List.of(B1, B2))))
                .containsExactly(new DecodedBatch.Single(B1), new DecodedBatch.Single(B2));
    }

    @Test
    void brotliIsReadOnlyFromFjordAtTheL1Origin() {
        assertThat(read(cfg(HardForks.through(Hardfork.ECOTONE, 0)), brotli(List.of(B1)))).isEmpty();
        assertThat(read(cfg(HardForks.through(Hardfork.FJORD, 0)), brotli(List.of(B1)))).containsExactly(new DecodedBatch.Single(B1));
    }

    @Test
    void unknownCompressionInvalidatesTheChannelOnly() {
        byte[] bad = zlib(List.of(B1));
        bad[0] = 0x02;
        assertThat(read(cfg(HardForks.NONE), bad, zlib(List.of(B2)))).containsExactly(new DecodedBatch.Single(B2));
    }

    @Test
    void aTruncatedChannelKeepsTheBatchesBeforeTheCut() {
        byte[] big = new byte[300_000];
        new java.util.Random(7).nextBytes(big);
        SingularBatch large = new SingularBatch(Hash.ZERO, 0, Hash.ZERO, 1006, List.of(big));
        byte[] ch = zlib(List.of(B1, B2, large));
        byte[] cut = Arrays.copyOf(ch, ch.length - 1000);
        assertThat(read(cfg(HardForks.NONE), cut)).containsExactly(new DecodedBatch.Single(B1), new DecodedBatch.Single(B2));
    }

    @Test
    void aBatchThatDoesNotDecodeEndsTheChannel() {
        byte[] payload = ChannelCompression.rlpStream(List.of(B1));
        byte[] junk = io.kona4j.primitives.rlp.RlpWriter.encodeBytes(new byte[] {0x05, 1, 2});
        byte[] all = new byte[payload.length * 2 + junk.length];
        System.arraycopy(payload, 0, all, 0, payload.length);
        System.arraycopy(junk, 0, all, payload.length, junk.length);
        System.arraycopy(payload, 0, all, payload.length + junk.length, payload.length);
        assertThat(read(cfg(HardForks.NONE), ChannelCompression.zlib(all, 6))).containsExactly(new DecodedBatch.Single(B1));
    }

    @Test
    void spanBatchesAreSkippedBeforeDelta() {
        Batch span = SpanBatch.fromSingularBatches(List.of(B2,
                new SingularBatch(Hash.ZERO, 0, Hash.ZERO, 1006, List.of())), true, DeriveFixture.GENESIS_TIME, 10).toRaw();
        assertThat(read(cfg(HardForks.through(Hardfork.CANYON, 0)), zlib(List.of(span, B2))))
                .containsExactly(new DecodedBatch.Single(B2));
        List<DecodedBatch> delta = read(cfg(HardForks.through(Hardfork.DELTA, 0)), zlib(List.of(span)));
        assertThat(delta).hasSize(1);
        assertThat(((DecodedBatch.Span) delta.get(0)).batch().blockCount()).isEqualTo(2);
    }

    @Test
    void flushChannelDropsTheRestOfTheChannel() {
        Feeds.Channels feed = new Feeds.Channels(new BlockInfo(Hash.ZERO, 1, Hash.ZERO, 1012));
        feed.items.add(zlib(List.of(B1, B2)));
        ChannelReader r = new ChannelReader(feed, cfg(HardForks.NONE));
        assertThat(r.nextBatch()).isEqualTo(new DecodedBatch.Single(B1));
        r.signal(Signal.FLUSH_CHANNEL);
        assertThatThrownBy(r::nextBatch).matches(e -> ((PipelineException) e).isEof());
    }
}
