package io.kona4j.devnet;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.batch.ChannelOut;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each scenario: the devnet's L2 chain is what the OP specs say derivation makes of its L1 chain (checked here from
 * the spec's rules, not from the devnet's code), and a claim across the scenario is proven by host and client over
 * the loopback server, an altered one rejected.
 */
class ScenariosTest {
    static final HardForks REGOLITH = HardForks.NONE.with(Hardfork.REGOLITH, 0L);
    /** Every fork through Isthmus at genesis. */
    static final HardForks ISTHMUS = BatcherTest.FJORD.with(Hardfork.GRANITE, 0L).with(Hardfork.HOLOCENE, 0L)
            .with(Hardfork.ISTHMUS, 0L);
    static final long T0 = DevnetConfig.L1_GENESIS_TIME;

    /** Proves {@code agreed → claimed} (accepted) and the same claim with a zero output root (rejected). */
    static void proveAcross(Devnet d, long agreed, long claimed) {
        try (LoopbackServer s = LoopbackServer.start(d)) {
            ClaimProver p = new ClaimProver(d, s);
            Claim honest = Claim.honest(d, agreed, claimed);
            ClaimProver.Outcome ok = p.proveNative(honest, m -> { });
            assertThat(ok.result().exitCode()).as(ok.result().toString()).isEqualTo(0);
            assertThat(ok.blocksDerived()).isEqualTo(claimed - agreed);
            ClaimProver.Outcome bad = p.proveNative(honest.altered("state", Hash.ZERO), m -> { });
            assertThat(bad.result().exitCode()).as(bad.result().toString()).isEqualTo(1);
        }
    }

    static long firstOfEpoch(Devnet d, long epoch) {
        for (L2BlockData b : d.l2Blocks()) {
            if (b.info().l1Origin().number() == epoch) return b.number();
        }
        throw new AssertionError("no L2 block with L1 origin " + epoch);
    }

    static boolean depositOnly(L2BlockData b) {
        return b.block().transactions().stream().allMatch(t -> t instanceof DepositTransaction);
    }

    static TrieAccount account(Devnet d, L2BlockData b, Address a) {
        byte[] v = Trie.open(b.header().stateRoot(), d.store()).get(SecureTrie.accountKey(a));
        return v == null ? TrieAccount.EMPTY : TrieAccount.decode(v);
    }

    @Test
    void failingDepositsFailOnL2KeepTheMintAndBumpTheNonce() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(11, 20).withHardForks(REGOLITH)
                .withScenarios(Scenario.FAILING_DEPOSITS));
        // Deposits of L1 block 2 go into the first L2 block whose L1 origin is block 2, after the L1-info deposit.
        L2BlockData b = d.l2Block(firstOfEpoch(d, 2));
        List<Receipt> r = b.receipts();
        assertThat(b.block().transactions().subList(1, 4)).allMatch(t -> t instanceof DepositTransaction);
        assertThat(r.subList(1, 4)).extracting(Receipt::status).containsExactly(false, false, false);
        // Regolith: the receipt counts the deposit's actual gas; running out of gas uses all 30,000.
        assertThat(r.get(3).cumulativeGasUsed() - r.get(2).cumulativeGasUsed()).isEqualTo(30_000);
        for (int i = 1; i <= 3; i++) {
            assertThat(d.events()).contains("L2 #" + b.number() + ": transaction " + i + " (DEPOSIT) failed");
        }
        assertThat(d.events().stream().filter(e -> e.startsWith("L1 #2: failing deposit"))).hasSize(3);
        // Each failed deposit still mints to its sender and bumps its nonce (deposits pay no L2 gas).
        Address from = Keys.of(11, "failing-depositor").address();
        TrieAccount before = account(d, d.l2Block(b.number() - 1), from);
        TrieAccount after = account(d, b, from);
        assertThat(before.nonce()).isZero();
        assertThat(after.nonce()).isEqualTo(3);
        assertThat(after.balance()).isEqualTo(UInt256.valueOf(3_000_000_000_000_000L));
        proveAcross(d, b.number() - 1, b.number() + 1);
    }

    @Test
    void batcherAndGasLimitUpdatesAreFollowed() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(12, 30).withHardForks(REGOLITH)
                .withScenarios(Scenario.BATCHER_CHANGE, Scenario.GAS_LIMIT_CHANGE));
        long m = checkBatcherAndGasLimit(d, 12);
        long first = firstOfEpoch(d, m);
        proveAcross(d, first - 2, first + 1);
    }

    /** The L1 block number in the event naming {@code what}, or -1. */
    static long eventBlock(Devnet d, String what) {
        for (String e : d.events()) if (e.contains(what)) return Long.parseLong(e.substring(4, e.indexOf(':')));
        return -1;
    }

    /** The batcher hash of an L1-info deposit: ABI word 5 before Ecotone (260 bytes), bytes [132:164] after. */
    static byte[] batcherHash(byte[] info) {
        int at = info.length == 260 ? 4 + 5 * 32 : 132;
        return Arrays.copyOfRange(info, at + 12, at + 32);
    }

    /** Checks the batcher and gas-limit updates of a chain with both; returns the L1 block holding them. */
    static long checkBatcherAndGasLimit(Devnet d, long seed) {
        long m = eventBlock(d, "SystemConfig gas limit");
        assertThat(m).isPositive();
        assertThat(eventBlock(d, "SystemConfig batcher")).isEqualTo(m);
        Address oldKey = Keys.of(seed, "batcher").address();
        Address newKey = Keys.of(seed, "batcher2").address();
        // The ConfigUpdate logs as PROTOCOL.md §1.10 has them: event topic, version 0, update type; ABI bytes data.
        List<io.kona4j.consensus.Log> logs = d.l1Blocks().get((int) m).receipts().stream()
                .flatMap(r -> r.logs().stream())
                .filter(l -> l.address().equals(d.rollupConfig().l1SystemConfigAddress())).toList();
        assertThat(logs).hasSize(2);
        for (io.kona4j.consensus.Log l : logs) {
            assertThat(l.topics().get(0).toHex())
                    .isEqualTo("0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be");
            assertThat(l.topics().get(1)).isEqualTo(Hash.ZERO);
        }
        assertThat(logs.get(0).topics().get(2)).isEqualTo(Hash.ZERO);
        assertThat(Hex.encode(logs.get(0).data())).isEqualTo("0x" + "0".repeat(62) + "20" + "0".repeat(62) + "20"
                + "0".repeat(24) + newKey.toHex().substring(2));
        assertThat(logs.get(1).topics().get(2).toHex()).isEqualTo("0x" + "0".repeat(63) + "2");
        assertThat(Hex.encode(logs.get(1).data())).isEqualTo("0x" + "0".repeat(62) + "20" + "0".repeat(62) + "20"
                + "0".repeat(57) + "17d7840");
        // The batcher signs with the new key from the L1 block holding the update (traversal applies it first).
        int before = 0;
        int after = 0;
        for (L1BlockData l1 : d.l1Blocks()) {
            for (Transaction t : l1.block().transactions()) {
                if (!d.rollupConfig().batchInboxAddress().equals(t.to())) continue;
                Address from = ((SignedTransaction) t).sender();
                assertThat(from).isEqualTo(l1.header().number() < m ? oldKey : newKey);
                if (l1.header().number() < m) before++; else after++;
            }
        }
        assertThat(before).isPositive();
        assertThat(after).isPositive();
        // L2 blocks of the epochs from the update on carry the new gas limit and batcher hash.
        for (L2BlockData b : d.l2Blocks().subList(1, d.l2Blocks().size())) {
            boolean updated = b.info().l1Origin().number() >= m;
            assertThat(b.header().gasLimit()).as("L2 #" + b.number())
                    .isEqualTo(updated ? Scenarios.NEW_GAS_LIMIT : DevnetBuilder.L2_GAS_LIMIT);
            assertThat(batcherHash(b.block().transactions().get(0).input())).as("L2 #" + b.number())
                    .isEqualTo((updated ? newKey : oldKey).toArray());
        }
        return m;
    }

    /**
     * An all-forks chain (span batches, brotli, blobs from their forks) with every scenario but the gap: the
     * updates, the Holocene invalid batch and a timed-out channel compose; one claim across all of them is proven.
     */
    @Test
    void holoceneEip1559OperatorFeeInvalidBatchAndTimeoutOnAnAllForksChain() {
        Devnet d = Devnet.build(DevnetConfig.allForks(13, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 8).withScenarios(
                Scenario.EIP1559_PARAMS, Scenario.OPERATOR_FEE, Scenario.INVALID_BATCH, Scenario.BATCHER_CHANGE,
                Scenario.GAS_LIMIT_CHANGE, Scenario.CHANNEL_TIMEOUT));
        long updates = checkBatcherAndGasLimit(d, 13);
        long invalid = checkHolocene(d);
        long[] resent = timedOut(d);
        assertThat(resent[0]).as("the timed-out channel is a Holocene one").isGreaterThan(invalid);
        assertThat(d.rollupConfig().isHoloceneActive(d.l2Block(resent[0]).header().timestamp())).isTrue();
        proveAcross(d, firstOfEpoch(d, updates) - 1, d.l2Blocks().size() - 1);
    }

    /** Checks the EIP-1559, operator-fee and invalid-batch scenarios of a chain; returns the invalid batch's block. */
    static long checkHolocene(Devnet d) {
        long m = eventBlock(d, "SystemConfig EIP-1559");
        long fee = eventBlock(d, "SystemConfig operator fee");
        long invalid = -1;
        for (String e : d.events()) {
            if (e.contains("deposit-only (its batch")) invalid = Long.parseLong(e.substring(4, e.indexOf(':')));
        }
        assertThat(m).isPositive();
        assertThat(invalid).isPositive();
        assertThat(fee).isGreaterThanOrEqualTo(m);
        int checked = 0;
        for (L2BlockData b : d.l2Blocks().subList(1, d.l2Blocks().size())) {
            if (b.info().l1Origin().number() < m) continue;
            long t = b.header().timestamp();
            // Holocene extraData: version 0 ‖ denominator u32 ‖ elasticity u32; Jovian: version 1, then the minimum
            // base fee u64 (0 here).
            boolean jovian = d.rollupConfig().isJovianActive(t);
            byte[] extra = new byte[jovian ? 17 : 9];
            extra[0] = (byte) (jovian ? 1 : 0);
            Bytes.writeIntBE((int) Scenarios.EIP1559_DENOMINATOR, extra, 1);
            Bytes.writeIntBE((int) Scenarios.EIP1559_ELASTICITY, extra, 5);
            assertThat(Hex.encode(b.header().extraData())).as("L2 #" + b.number()).isEqualTo(Hex.encode(extra));
            // Isthmus L1-info calldata (from the block after the Isthmus activation block, which still uses the
            // Ecotone layout): [164:168] operator fee scalar, [168:176] operator fee constant.
            if (b.info().l1Origin().number() < fee || d.rollupConfig().isFirstBlock(Hardfork.ISTHMUS, t)) continue;
            byte[] info = b.block().transactions().get(0).input();
            assertThat(Bytes.readIntBE(info, 164)).as("L2 #" + b.number()).isEqualTo((int) Scenarios.OPERATOR_FEE_SCALAR);
            assertThat(Bytes.readLongBE(info, 168)).isEqualTo(Scenarios.OPERATOR_FEE_CONSTANT);
            checked++;
        }
        assertThat(checked).isPositive();
        // What these parameters charge and what base fees they give, by the spec formulas.
        SpecChecks.feeVaults(d);
        SpecChecks.baseFees(d);
        // The block whose batch replays a used nonce is its deposit-only replacement (Holocene).
        L2BlockData bad = d.l2Block(invalid);
        assertThat(depositOnly(bad)).isTrue();
        assertThat(depositOnly(d.l2Block(invalid - 1))).isFalse();
        return invalid;
    }

    @Test
    void aTimedOutChannelIsDiscardedAndItsBlocksComeAgain() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(14, 24).withHardForks(REGOLITH)
                .withScenarios(Scenario.CHANNEL_TIMEOUT));
        long[] range = timedOut(d);
        proveAcross(d, range[0] - 1, range[1]);
    }

    /**
     * The L2 blocks of the channel sent to time out: its frames but the last in L1 block n, nothing of the batcher
     * until n + timeout + 1, where the blocks come in a new channel.
     */
    static long[] timedOut(Devnet d) {
        String e = d.events().stream().filter(x -> x.contains("sent without its last frame")).findFirst().orElseThrow();
        long n = Long.parseLong(e.substring(4, e.indexOf(':')));
        long from = Long.parseLong(e.substring(e.indexOf("(L2 #") + 5, e.indexOf('–')));
        long to = Long.parseLong(e.substring(e.indexOf('–') + 1, e.indexOf(')')));
        assertThat(d.rollupConfig().channelTimeout(T0)).isEqualTo(Scenarios.TIMEOUT_CHANNEL_TIMEOUT);
        assertThat(d.rollupConfig().channelTimeout(d.l1Head().header().timestamp()))
                .isEqualTo(Scenarios.TIMEOUT_CHANNEL_TIMEOUT);
        for (long k = n + 1; k <= n + Scenarios.TIMEOUT_CHANNEL_TIMEOUT; k++) {
            assertThat(d.l1Blocks().get((int) k).block().transactions())
                    .noneMatch(t -> d.rollupConfig().batchInboxAddress().equals(t.to()));
        }
        assertThat(d.l1Blocks().get((int) (n + Scenarios.TIMEOUT_CHANNEL_TIMEOUT + 1)).block().transactions())
                .anyMatch(t -> d.rollupConfig().batchInboxAddress().equals(t.to()));
        return new long[] {from, to};
    }

    @Test
    void pastTheSequencingWindowDerivationForcesDepositOnlyBlocks() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(15, 60).withHardForks(REGOLITH)
                .withScenarios(Scenario.SEQUENCING_WINDOW_GAP));
        long[] forced = forced(d);
        proveAcross(d, forced[0] - 1, forced[1] + 2);
    }

    /** The gap across Granite, Holocene and Isthmus activations: forced blocks carry the upgrade transactions. */
    @Test
    void theSequencingWindowGapOnAnAllForksChain() {
        Devnet d = Devnet.build(DevnetConfig.allForks(16, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 8)
                .withScenarios(Scenario.SEQUENCING_WINDOW_GAP));
        long[] forced = forced(d);
        proveAcross(d, forced[0] - 1, forced[1] + 2);
    }

    /** Checks the forced blocks of a gap chain; returns the first and last. */
    static long[] forced(Devnet d) {
        List<L2BlockData> forced = d.l2Blocks().stream().filter(b -> d.events().contains("L2 #" + b.number()
                + ": deposit-only (epoch " + b.info().l1Origin().number() + " passes its sequencing window without "
                + "batches)")).toList();
        assertThat(forced).hasSizeGreaterThanOrEqualTo(12);
        for (L2BlockData b : forced) {
            assertThat(depositOnly(b)).isTrue();
            // Forced batches keep the epoch until the block time reaches the next L1 block's time.
            assertThat(b.info().l1Origin().number()).isEqualTo((b.header().timestamp() - T0) / DevnetConfig.L1_BLOCK_TIME);
        }
        long first = forced.get(0).number();
        long last = forced.get(forced.size() - 1).number();
        assertThat(last - first + 1).isEqualTo(forced.size());
        // Batched again after the gap (a Jovian activation block right after it has no user transactions either).
        List<L2BlockData> next = d.l2Blocks().subList((int) last + 1, Math.min(d.l2Blocks().size(), (int) last + 7));
        assertThat(next).anyMatch(b -> !depositOnly(b));
        // No batch for a forced block anywhere: no batcher data from the L1 block after the last pre-gap channel
        // until the sequencing window of the last forced epoch has passed.
        long lastEpoch = d.l2Block(last).info().l1Origin().number();
        for (long k = lastEpoch; k <= lastEpoch + Scenarios.GAP_SEQ_WINDOW; k++) {
            assertThat(d.l1Blocks().get((int) k).block().transactions())
                    .noneMatch(t -> d.rollupConfig().batchInboxAddress().equals(t.to()));
        }
        return new long[] {first, last};
    }
}
