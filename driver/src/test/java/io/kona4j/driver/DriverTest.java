package io.kona4j.driver;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.signals.Signal;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.info.L1BlockInfoBedrock;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.registry.Chains;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver loop on a scripted pipeline and executor (Kona {@code driver/src/core.rs} behaviour). */
class DriverTest {
    static final RollupConfig CONFIG = Chains.require(Chains.OP_SEPOLIA);
    /** OP Sepolia: Granite 1723478400, Holocene 1732633200, Isthmus 1744905600. */
    static final long PRE_HOLOCENE = 1_730_000_000L;
    static final long HOLOCENE = 1_740_000_000L;
    static final BlockInfo ORIGIN = new BlockInfo(hash("l1-100"), 100, hash("l1-99"), PRE_HOLOCENE - 100);
    static final byte[] USER_TX = {0x02, (byte) 0xc0};

    @Test
    void advancesToTheTargetRecordingEachTipWithItsOutputRoot() {
        Fixture f = new Fixture(PRE_HOLOCENE, 3);
        TipCursor tip = f.driver.advanceToTarget(CONFIG, 1003L);
        assertEquals(1003, tip.l2SafeHead().number());
        assertEquals(outputRoot(1003), tip.l2SafeHeadOutputRoot());
        assertEquals(3, f.driver.blocksBuilt());
        assertEquals(List.of(1000L, 1001L, 1002L), f.executor.parents);
        assertEquals(ORIGIN, f.driver.cursor().origin());
    }

    @Test
    void targetAlreadyReachedReturnsTheStartingTipWithoutDeriving() {
        Fixture f = new Fixture(PRE_HOLOCENE, 3);
        TipCursor tip = f.driver.advanceToTarget(CONFIG, 1000L);
        assertEquals(1000, tip.l2SafeHead().number());
        assertEquals(Hash.ZERO, tip.l2SafeHeadOutputRoot());
        assertEquals(0, f.pipeline.produced);
    }

    @Test
    void endOfSourceClampsTheTargetToTheCurrentSafeHead() {
        Fixture f = new Fixture(PRE_HOLOCENE, 2);
        TipCursor tip = f.driver.advanceToTarget(CONFIG, 1010L);
        assertEquals(1002, tip.l2SafeHead().number());
        assertEquals(outputRoot(1002), tip.l2SafeHeadOutputRoot());
    }

    @Test
    void otherCriticalPipelineErrorsStopTheDriver() {
        Fixture f = new Fixture(PRE_HOLOCENE, 0);
        f.pipeline.failWith = PipelineException.critical(PipelineError.PROVIDER, "oracle gone");
        DriverException e = assertThrows(DriverException.class, () -> f.driver.advanceToTarget(CONFIG, 1001L));
        assertTrue(e.getMessage().contains("oracle gone"), e.getMessage());
    }

    @Test
    void holoceneInvalidPayloadFlushesTheChannelAndRetriesDepositsOnly() {
        Fixture f = new Fixture(HOLOCENE, 1);
        f.executor.invalidCalls.add(0);
        TipCursor tip = f.driver.advanceToTarget(CONFIG, 1001L);
        assertEquals(1001, tip.l2SafeHead().number());
        assertEquals(List.of(Signal.FLUSH_CHANNEL), f.pipeline.signals);
        assertEquals(2, f.executor.executed.size());
        assertEquals(4, f.executor.executed.get(0).size());
        List<byte[]> retried = f.executor.executed.get(1);
        assertEquals(2, retried.size(), "the user transaction and the empty one are stripped");
        for (byte[] tx : retried) assertEquals(0x7e, tx[0] & 0xff);
        assertEquals(1, f.driver.depositOnlyRetries());
    }

    @Test
    void holoceneDepositOnlyFailureIsFatal() {
        Fixture f = new Fixture(HOLOCENE, 1);
        f.executor.invalidCalls.add(0);
        f.executor.invalidCalls.add(1);
        assertThrows(DriverException.class, () -> f.driver.advanceToTarget(CONFIG, 1001L));
    }

    @Test
    void preHoloceneInvalidPayloadIsDroppedAndDerivationContinues() {
        Fixture f = new Fixture(PRE_HOLOCENE, 2);
        f.executor.invalidCalls.add(0);
        TipCursor tip = f.driver.advanceToTarget(CONFIG, 1001L);
        assertEquals(1001, tip.l2SafeHead().number());
        assertTrue(f.pipeline.signals.isEmpty(), "no flush before Holocene");
        assertEquals(1, f.driver.blocksDropped());
        assertEquals(2, f.executor.executed.size());
    }

    @Test
    void executorFailuresOtherThanInvalidPayloadsAreNeverDroppedOrRetried() {
        Fixture f = new Fixture(PRE_HOLOCENE, 2);
        f.executor.brokenWitness = true;
        RuntimeException e = assertThrows(RuntimeException.class, () -> f.driver.advanceToTarget(CONFIG, 1002L));
        assertEquals("witness node missing", e.getMessage());
        assertEquals(0, f.driver.blocksDropped());
    }

    @Test
    void depositsOnlyKeepsDepositsInOrder() {
        byte[] d1 = {0x7e, 1};
        byte[] d2 = {0x7e, 2};
        OpPayloadAttributes a = attributes(HOLOCENE, List.of(d1, USER_TX, new byte[0], d2));
        List<byte[]> kept = Driver.depositsOnly(a).transactions();
        assertEquals(2, kept.size());
        assertEquals(1, kept.get(0)[1]);
        assertEquals(2, kept.get(1)[1]);
    }

    @Test
    void cursorRingHoldsChannelTimeoutPlusFiveOriginsAndResetsOneChannelBack() {
        PipelineCursor c = new PipelineCursor(10, ORIGIN);
        assertEquals(15, c.capacity());
        for (int i = 0; i < 20; i++) {
            BlockInfo o = new BlockInfo(hash("o" + i), 100 + i, hash("o" + (i - 1)), i);
            c.advance(o, tip(1000 + i));
        }
        assertEquals(1019, c.tip().l2SafeHead().number());
        assertEquals(119, c.origin().number());
        assertEquals(null, c.originAt(104), "the oldest five were evicted");
        assertEquals(105, c.originAt(105).number());
        assertEquals(1008, c.reset(118).l2SafeHead().number(), "fork at 118 restarts from origin 108");
        assertEquals(1005, c.reset(110).l2SafeHead().number(), "before the ring: the oldest remembered");
        c.advance(c.origin(), tip(1020));
        assertEquals(1020, c.tip().l2SafeHead().number(), "a second block on the same origin replaces its tip");
        assertFalse(c.originAt(105) == null);
    }

    // ---------------------------------------------------------------------------------------------------------

    static Hash hash(String s) {
        return Keccak256.hash(s.getBytes());
    }

    static Hash outputRoot(long n) {
        return hash("output-" + n);
    }

    static Header header(long number, long timestamp) {
        return Header.builder().number(number).timestamp(timestamp).parentHash(hash("parent-" + number))
                .baseFeePerGas(UInt256.ONE).gasLimit(30_000_000).build();
    }

    static TipCursor tip(long number) {
        Header h = header(number, PRE_HOLOCENE);
        return new TipCursor(new L2BlockInfo(BlockInfo.of(h), ORIGIN.id(), 0), h, Hash.ZERO);
    }

    static OpPayloadAttributes attributes(long timestamp, List<byte[]> txs) {
        return new OpPayloadAttributes(timestamp, Hash.ZERO, Address.ZERO, List.of(), Hash.ZERO, txs, true,
                30_000_000, CONFIG.isHoloceneActive(timestamp) ? new byte[8] : null, null);
    }

    static byte[] l1InfoDeposit(long timestamp, long seq) {
        L1BlockInfoBedrock info = new L1BlockInfoBedrock(ORIGIN.number(), ORIGIN.timestamp(), UInt256.ONE,
                ORIGIN.hash(), seq, Address.ZERO, UInt256.ZERO, UInt256.ZERO);
        return L1InfoTransaction.deposit(CONFIG, info, timestamp).encode();
    }

    /** A driver over {@code n} scripted payloads starting on safe head #1000. */
    static final class Fixture {
        final ScriptedPipeline pipeline = new ScriptedPipeline();
        final ScriptedExecutor executor = new ScriptedExecutor();
        final Driver driver;

        Fixture(long time, int n) {
            for (int i = 0; i < n; i++) {
                long t = time + 2L * (i + 1);
                byte[] userDeposit = {0x7e, (byte) 0xc0};
                pipeline.queue.add(attributes(t, List.of(l1InfoDeposit(t, i + 1), USER_TX, userDeposit, new byte[0])));
            }
            PipelineCursor cursor = new PipelineCursor(CONFIG.channelTimeout(time), ORIGIN);
            Header start = header(1000, time);
            cursor.advance(ORIGIN, new TipCursor(new L2BlockInfo(BlockInfo.of(start), ORIGIN.id(), 0), start, Hash.ZERO));
            driver = new Driver(cursor, executor, pipeline);
        }
    }

    static final class ScriptedPipeline implements DriverPipeline {
        final Deque<OpPayloadAttributes> queue = new ArrayDeque<>();
        final List<Signal> signals = new ArrayList<>();
        PipelineException failWith;
        int produced;

        @Override
        public OpAttributesWithParent produceAttributes(L2BlockInfo safeHead) {
            if (failWith != null) throw failWith;
            OpPayloadAttributes a = queue.pollFirst();
            if (a == null) throw PipelineException.critical(PipelineError.END_OF_SOURCE, "L1 head reached");
            produced++;
            return new OpAttributesWithParent(a, safeHead, ORIGIN, false);
        }

        @Override
        public void signal(Signal signal) {
            signals.add(signal);
        }

        @Override
        public BlockInfo origin() {
            return ORIGIN;
        }

        @Override
        public RollupConfig rollupConfig() {
            return CONFIG;
        }
    }

    static final class ScriptedExecutor implements Executor {
        final List<Long> parents = new ArrayList<>();
        final List<List<byte[]>> executed = new ArrayList<>();
        final List<Integer> invalidCalls = new ArrayList<>();
        boolean brokenWitness;
        Header safeHead;
        Header last;

        @Override
        public void updateSafeHead(Header header, Hash hash) {
            assertEquals(header.hash(), hash);
            safeHead = header;
        }

        @Override
        public BlockBuildingOutcome executePayload(OpPayloadAttributes attributes) {
            int call = executed.size();
            executed.add(attributes.transactions());
            if (brokenWitness) throw new IllegalStateException("witness node missing");
            if (invalidCalls.contains(call)) {
                throw new InvalidPayloadException("scripted invalid payload " + call, null);
            }
            parents.add(safeHead.number());
            last = Header.builder().number(safeHead.number() + 1).timestamp(attributes.timestamp())
                    .parentHash(safeHead.hash()).baseFeePerGas(UInt256.ONE).gasLimit(attributes.gasLimit()).build();
            return new BlockBuildingOutcome(last, last.hash(), List.of(), 0, 0);
        }

        @Override
        public Hash computeOutputRoot() {
            assertSame(last, last);
            return outputRoot(last.number());
        }
    }
}
