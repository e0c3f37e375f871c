package io.kona4j.derive.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PROTOCOL.md §1.9, one row per rule outcome: safe head L2 #11 at t=1022 on epoch L1 #1 (t=1012); buffered L1 blocks
 * #1 (t=1012) and #2 (t=1024); next timestamp 1024; sequencing window 10; drift 600 (pre-Fjord forks).
 */
class BatchValidationTest {
    static final long WINDOW = 10;
    static final BlockInfo L1_1 = l1(1, 1012);
    static final BlockInfo L1_2 = l1(2, 1024);
    static final L2BlockInfo SAFE = new L2BlockInfo(new BlockInfo(DeriveFixture.hash("l2", 11), 11,
            DeriveFixture.hash("l2", 10), 1022), L1_1.id(), 5);

    static BlockInfo l1(long n, long t) {
        return new BlockInfo(DeriveFixture.hash("l1", n), n, DeriveFixture.hash("l1", n - 1), t);
    }

    static RollupConfig cfg(HardForks forks) {
        return new DeriveFixture(forks, WINDOW).config;
    }

    static final RollupConfig DELTA = cfg(HardForks.through(Hardfork.DELTA, 0));
    static final RollupConfig HOLOCENE = cfg(HardForks.through(Hardfork.HOLOCENE, 0));
    static final RollupConfig ISTHMUS = cfg(HardForks.through(Hardfork.ISTHMUS, 0));
    static final RollupConfig JOVIAN_AT_1024 = cfg(new HardForks(0L, 0L, 0L, 0L, 0L, 0L, 0L, null, 0L, 1024L, null, null, false));

    static byte[] tx(int type) {
        byte[] t = new Eip1559Transaction(10, 1, UInt256.ONE, UInt256.ONE, 21_000, Address.ZERO, UInt256.ZERO,
                new byte[0], List.of(), 0, UInt256.ONE, UInt256.ONE).encode();
        t[0] = (byte) type;
        return t;
    }

    static final SingularBatch VALID = new SingularBatch(SAFE.hash(), 1, L1_1.hash(), 1024, List.of(tx(2)));

    static SingularBatch with(UnaryOperator<SingularBatch> f) {
        return f.apply(VALID);
    }

    static SingularBatch ts(long t) {
        return new SingularBatch(SAFE.hash(), 1, L1_1.hash(), t, List.of(tx(2)));
    }

    static SingularBatch epoch(long n, Hash h, long t, List<byte[]> txs) {
        return new SingularBatch(SAFE.hash(), n, h, t, txs);
    }

    static L2BlockInfo safeAt(long t) {
        return new L2BlockInfo(new BlockInfo(SAFE.hash(), 11, SAFE.blockInfo().parentHash(), t), L1_1.id(), 5);
    }

    static Stream<Arguments> singularRules() {
        List<BlockInfo> both = List.of(L1_1, L1_2);
        List<BlockInfo> one = List.of(L1_1);
        List<BlockInfo> lateNext = List.of(L1_1, l1(2, 5000));
        BlockInfo inc = l1(3, 1036);
        return Stream.of(
                Arguments.of("valid", DELTA, both, SAFE, VALID, inc, BatchValidity.ACCEPT),
                Arguments.of("1 future", DELTA, both, SAFE, ts(1026), inc, BatchValidity.FUTURE),
                Arguments.of("1 future, Holocene: drop", HOLOCENE, both, SAFE, ts(1026), inc, BatchValidity.DROP),
                Arguments.of("1 past", DELTA, both, SAFE, ts(1022), inc, BatchValidity.DROP),
                Arguments.of("1 past, Holocene: past", HOLOCENE, both, SAFE, ts(1022), inc, BatchValidity.PAST),
                Arguments.of("2 parent hash", DELTA, both, SAFE, with(b -> new SingularBatch(Hash.ZERO, 1, L1_1.hash(), 1024,
                        b.transactions())), inc, BatchValidity.DROP),
                Arguments.of("3 window edge accepted", DELTA, both, SAFE, VALID, l1(11, 1144), BatchValidity.ACCEPT),
                Arguments.of("3 window expired", DELTA, both, SAFE, VALID, l1(12, 1156), BatchValidity.DROP),
                Arguments.of("4 epoch too old", DELTA, both, SAFE, epoch(0, DeriveFixture.hash("l1", 0), 1024, List.of()), inc,
                        BatchValidity.DROP),
                Arguments.of("4 next epoch", DELTA, both, SAFE, epoch(2, L1_2.hash(), 1024, List.of(tx(2))), inc,
                        BatchValidity.ACCEPT),
                Arguments.of("4 next epoch unknown", DELTA, one, SAFE, epoch(2, L1_2.hash(), 1024, List.of()), inc,
                        BatchValidity.UNDECIDED),
                Arguments.of("4 epoch too far", DELTA, both, SAFE, epoch(3, L1_2.hash(), 1024, List.of()), inc,
                        BatchValidity.DROP),
                Arguments.of("5 epoch hash", DELTA, both, SAFE, epoch(1, L1_2.hash(), 1024, List.of()), inc, BatchValidity.DROP),
                Arguments.of("6 before origin", DELTA, both, safeAt(1020), epoch(2, L1_2.hash(), 1022, List.of()), inc,
                        BatchValidity.DROP),
                Arguments.of("7 drift with txs", DELTA, both, safeAt(1700), ts(1702), inc, BatchValidity.DROP),
                Arguments.of("7 drift, empty, next origin adoptable", DELTA, both, safeAt(1700),
                        epoch(1, L1_1.hash(), 1702, List.of()), inc, BatchValidity.DROP),
                Arguments.of("7 drift, empty, next origin later", DELTA, lateNext, safeAt(1700),
                        epoch(1, L1_1.hash(), 1702, List.of()), inc, BatchValidity.ACCEPT),
                Arguments.of("7 drift, empty, next origin unknown", DELTA, one, safeAt(1700),
                        epoch(1, L1_1.hash(), 1702, List.of()), inc, BatchValidity.UNDECIDED),
                Arguments.of("8 Jovian activation with txs", JOVIAN_AT_1024, both, SAFE, VALID, inc, BatchValidity.DROP),
                Arguments.of("8 Jovian activation empty", JOVIAN_AT_1024, both, SAFE, epoch(1, L1_1.hash(), 1024, List.of()),
                        inc, BatchValidity.ACCEPT),
                Arguments.of("9 empty tx", DELTA, both, SAFE, epoch(1, L1_1.hash(), 1024, List.of(new byte[0])), inc,
                        BatchValidity.DROP),
                Arguments.of("9 deposit tx", DELTA, both, SAFE, epoch(1, L1_1.hash(), 1024, List.of(tx(0x7E))), inc,
                        BatchValidity.DROP),
                Arguments.of("9 set-code before Isthmus", HOLOCENE, both, SAFE, epoch(1, L1_1.hash(), 1024, List.of(tx(4))),
                        inc, BatchValidity.DROP),
                Arguments.of("9 set-code from Isthmus", ISTHMUS, both, SAFE, epoch(1, L1_1.hash(), 1024, List.of(tx(4))), inc,
                        BatchValidity.ACCEPT),
                Arguments.of("9 erratum 6: type 3 passes validation", DELTA, both, SAFE,
                        epoch(1, L1_1.hash(), 1024, List.of(tx(3))), inc, BatchValidity.ACCEPT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singularRules")
    void singularBatch(String rule, RollupConfig cfg, List<BlockInfo> l1Blocks, L2BlockInfo safe, SingularBatch b,
                       BlockInfo inclusion, BatchValidity expected) {
        assertThat(BatchValidation.checkSingularBatch(cfg, l1Blocks, safe, b, inclusion)).isEqualTo(expected);
    }

    /** A span batch of {@code n} blocks starting at {@code start} (epoch per block), on parent {@code parent}. */
    static SpanBatch span(Hash parent, long start, long[] epochs, List<byte[]> txs, RollupConfig cfg) {
        List<SingularBatch> blocks = new ArrayList<>();
        for (int i = 0; i < epochs.length; i++) {
            blocks.add(new SingularBatch(i == 0 ? parent : Hash.ZERO, epochs[i], DeriveFixture.hash("l1", epochs[i]),
                    start + 2L * i, txs));
        }
        return SpanBatch.derive(SpanBatch.fromSingularBatches(blocks, false, DeriveFixture.GENESIS_TIME, 10).toRaw(), 2,
                DeriveFixture.GENESIS_TIME, 10);
    }

    static Stream<Arguments> spanRules() {
        List<BlockInfo> both = List.of(L1_1, L1_2);
        BlockInfo inc = l1(3, 1036);
        RollupConfig preDelta = cfg(new HardForks(0L, 0L, 5000L, null, null, null, null, null, null, null, null, null,
                false));
        long[] e11 = {1, 1};
        List<byte[]> txs = List.of(tx(2));
        return Stream.of(
                Arguments.of("valid", DELTA, both, span(SAFE.hash(), 1024, e11, txs, DELTA), inc, BatchValidity.ACCEPT),
                Arguments.of("origin before Delta", preDelta, both, span(SAFE.hash(), 1024, e11, txs, DELTA), inc,
                        BatchValidity.DROP),
                Arguments.of("start in the future", DELTA, both, span(SAFE.hash(), 1026, e11, txs, DELTA), inc,
                        BatchValidity.FUTURE),
                Arguments.of("start in the future, Holocene", HOLOCENE, both, span(SAFE.hash(), 1026, e11, txs, DELTA), inc,
                        BatchValidity.DROP),
                Arguments.of("entirely past", DELTA, both, span(SAFE.hash(), 1018, e11, txs, DELTA), inc, BatchValidity.DROP),
                Arguments.of("entirely past, Holocene", HOLOCENE, both, span(SAFE.hash(), 1018, e11, txs, DELTA), inc,
                        BatchValidity.PAST),
                Arguments.of("parent check", DELTA, both, span(Hash.ZERO, 1024, e11, txs, DELTA), inc, BatchValidity.DROP),
                Arguments.of("window expired", DELTA, both, span(SAFE.hash(), 1024, e11, txs, DELTA), l1(12, 1156),
                        BatchValidity.DROP),
                Arguments.of("start epoch too far ahead", DELTA, List.of(L1_1, L1_2, l1(3, 1036)),
                        span(SAFE.hash(), 1024, new long[] {3, 3}, List.of(), DELTA), inc, BatchValidity.DROP),
                Arguments.of("end origin not buffered", DELTA, both, span(SAFE.hash(), 1024, new long[] {1, 3}, List.of(), DELTA),
                        inc, BatchValidity.UNDECIDED),
                Arguments.of("start epoch older than parent's", DELTA, List.of(l1(0, 1000), L1_1, L1_2),
                        span(SAFE.hash(), 1024, new long[] {0, 0}, List.of(), DELTA), inc, BatchValidity.DROP),
                Arguments.of("block past drift with txs", DELTA, both, spanAt(1700), inc, BatchValidity.DROP),
                Arguments.of("set-code tx before Isthmus", DELTA, both, span(SAFE.hash(), 1024, e11, List.of(setCode()), DELTA),
                        inc, BatchValidity.DROP),
                Arguments.of("set-code tx from Isthmus", ISTHMUS, both, span(SAFE.hash(), 1024, e11, List.of(setCode()), DELTA),
                        inc, BatchValidity.ACCEPT));
    }

    static byte[] setCode() {
        return new Eip7702Transaction(10, 1, UInt256.ONE, UInt256.ONE, 50_000, Address.ZERO, UInt256.ZERO, new byte[0],
                List.of(), List.of(), 0, UInt256.ONE, UInt256.ONE).encode();
    }

    /** For the drift row: the safe head moved to t=1700 (the span starts at 1702). */
    static SpanBatch spanAt(long safeTs) {
        return span(SAFE.hash(), safeTs + 2, new long[] {1, 1}, List.of(tx(2)), DELTA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spanRules")
    void spanBatch(String rule, RollupConfig cfg, List<BlockInfo> l1Blocks, SpanBatch b, BlockInfo inclusion,
                   BatchValidity expected) {
        L2BlockInfo safe = rule.startsWith("block past drift") ? safeAt(1700) : SAFE;
        DeriveFixture l2 = new DeriveFixture(HardForks.NONE, WINDOW);
        assertThat(BatchValidation.checkSpanBatch(cfg, l1Blocks, safe, b, inclusion, l2)).isEqualTo(expected);
    }

    static byte[] l2Tx(int nonce) {
        return new Eip1559Transaction(10, nonce, UInt256.ONE, UInt256.ONE, 21_000, Address.ZERO, UInt256.ZERO,
                new byte[0], List.of(), 0, UInt256.ONE, UInt256.ONE).encode();
    }

    /**
     * Pre-Holocene span batches overlapping the safe chain (§1.9): the safe blocks #1, #2 (each a deposit plus one
     * tx) must carry the span's transactions for those blocks, else the span batch is dropped.
     */
    @ParameterizedTest(name = "overlap with block 2 tx nonce {0}")
    @org.junit.jupiter.params.provider.CsvSource({"2, ACCEPT", "7, DROP"})
    void spanBatchOverlappingTheSafeChain(int secondNonce, BatchValidity expected) {
        DeriveFixture f = new DeriveFixture(HardForks.through(Hardfork.DELTA, 0), WINDOW);
        BlockInfo l1Genesis = f.l1(0);
        for (int n = 1; n <= 2; n++) {
            f.applyAttributes(DeriveFixture.GENESIS_TIME + 2L * n, l1Genesis.id());
            io.kona4j.consensus.Transaction deposit = new io.kona4j.consensus.DepositTransaction(Hash.ZERO, Address.ZERO,
                    Address.ZERO, UInt256.ZERO, UInt256.ZERO, 1_000_000, false, new byte[0]);
            f.l2Blocks.put((long) n, new io.kona4j.consensus.Block(io.kona4j.consensus.Header.builder().number(n).build(),
                    List.of(deposit, io.kona4j.consensus.Transaction.decode(l2Tx(n))), List.of(), null));
        }
        List<SingularBatch> blocks = new ArrayList<>();
        Hash genesis = f.l2.get(0).hash();
        for (int i = 1; i <= 3; i++) {
            blocks.add(new SingularBatch(i == 1 ? genesis : Hash.ZERO, 0, l1Genesis.hash(), DeriveFixture.GENESIS_TIME + 2L * i,
                    List.of(l2Tx(i == 2 ? secondNonce : i))));
        }
        SpanBatch span = SpanBatch.derive(SpanBatch.fromSingularBatches(blocks, false, DeriveFixture.GENESIS_TIME, 10).toRaw(),
                2, DeriveFixture.GENESIS_TIME, 10);
        assertThat(BatchValidation.checkSpanBatch(f.config, List.of(l1Genesis), f.safeHead(), span, l1(1, 1012), f))
                .isEqualTo(expected);
    }
}
