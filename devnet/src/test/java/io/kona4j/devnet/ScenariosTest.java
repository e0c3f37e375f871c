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
        long m = -1;
        for (String e : d.events()) {
            if (e.contains("SystemConfig gas limit")) m = Long.parseLong(e.substring(4, e.indexOf(':')));
        }
        assertThat(m).isPositive();
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
                + "0".repeat(24) + Keys.of(12, "batcher2").address().toHex().substring(2));
        assertThat(logs.get(1).topics().get(2).toHex()).isEqualTo("0x" + "0".repeat(63) + "2");
        assertThat(Hex.encode(logs.get(1).data())).isEqualTo("0x" + "0".repeat(62) + "20" + "0".repeat(62) + "20"
                + "0".repeat(57) + "17d7840");
        assertThat(d.events()).contains("L1 #" + m + ": SystemConfig batcher → "
                + Keys.of(12, "batcher2").address().toChecksumHex());
        Address oldKey = Keys.of(12, "batcher").address();
        Address newKey = Keys.of(12, "batcher2").address();
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
        for (L2BlockData b : d.l2Blocks().subList(1, d.l2Blocks().size())) {
            boolean updated = b.info().l1Origin().number() >= m;
            assertThat(b.header().gasLimit()).as("L2 #" + b.number())
                    .isEqualTo(updated ? Scenarios.NEW_GAS_LIMIT : DevnetBuilder.L2_GAS_LIMIT);
            // Bedrock L1-info calldata: selector, then ABI words; word 5 is the batcher hash.
            byte[] info = b.block().transactions().get(0).input();
            assertThat(Arrays.copyOfRange(info, 4 + 5 * 32 + 12, 4 + 6 * 32))
                    .isEqualTo((updated ? newKey : oldKey).toArray());
        }
        long first = firstOfEpoch(d, m);
        proveAcross(d, first - 2, first + 1);
    }

    @Test
    void holoceneEip1559OperatorFeeAndAnInvalidBatch() {
        Devnet d = Devnet.build(DevnetConfig.allForks(13, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 8).withScenarios(Scenario.EIP1559_PARAMS, Scenario.OPERATOR_FEE, Scenario.INVALID_BATCH));
        long m = -1;
        long fee = -1;
        long invalid = -1;
        for (String e : d.events()) {
            if (e.contains("SystemConfig EIP-1559")) m = Long.parseLong(e.substring(4, e.indexOf(':')));
            if (e.contains("SystemConfig operator fee")) fee = Long.parseLong(e.substring(4, e.indexOf(':')));
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
        proveAcross(d, invalid - 1, invalid + 1);
        long first = firstOfEpoch(d, m);
        proveAcross(d, first - 1, first);
    }

    @Test
    void aTimedOutChannelIsDiscardedAndItsBlocksComeAgain() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(14, 24).withHardForks(REGOLITH)
                .withScenarios(Scenario.CHANNEL_TIMEOUT));
        String e = d.events().stream().filter(x -> x.contains("sent without its last frame")).findFirst().orElseThrow();
        long from = Long.parseLong(e.substring(e.indexOf("(L2 #") + 5, e.indexOf('–')));
        long to = Long.parseLong(e.substring(e.indexOf('–') + 1, e.indexOf(')')));
        assertThat(d.rollupConfig().channelTimeout(T0)).isEqualTo(Scenarios.TIMEOUT_CHANNEL_TIMEOUT);
        proveAcross(d, from - 1, to);
    }

    @Test
    void pastTheSequencingWindowDerivationForcesDepositOnlyBlocks() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(15, 60).withHardForks(REGOLITH)
                .withScenarios(Scenario.SEQUENCING_WINDOW_GAP));
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
        assertThat(depositOnly(d.l2Block(last + 1))).isFalse();
        // No batcher data at all from the L1 block after the last pre-gap channel up to the resumption.
        proveAcross(d, first - 1, last + 2);
    }
}
