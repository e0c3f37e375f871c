package io.kona4j.derive.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.ResetException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.hardforks.UpgradeTransactions;
import io.kona4j.protocol.info.L1BlockInfo;
import io.kona4j.protocol.info.L1BlockInfoBedrock;
import io.kona4j.protocol.info.L1BlockInfoEcotone;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import io.kona4j.protocol.sysconfig.SystemConfigUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of PROTOCOL.md §1.10, each with an accepted case and a rejected or differing one, on L1 data built
 * here. Expected values are worked out by hand from the rule (addresses, hashes, layouts), not from the builder.
 */
class StatefulAttributesBuilderTest {
    static final Hash P0 = Hash.fromHex("0x" + "01".repeat(32));
    static final Hash BEACON = Hash.fromHex("0x" + "be".repeat(32));
    static final Address FROM = Address.fromHex("0x00000000000000000000000000000000000000f1");
    static final Address TO = Address.fromHex("0x00000000000000000000000000000000000000f2");
    /** Everything through Delta at genesis; later forks per test. */
    static final HardForks BASE = HardForks.through(Hardfork.DELTA, 0);

    final FakeChains chains = new FakeChains();

    StatefulAttributesBuilder builder(RollupConfig cfg) {
        return new StatefulAttributesBuilder(cfg, L1ChainConfig.MAINNET, chains, chains);
    }

    static Receipt ok(Log... logs) {
        return Receipt.of(TxType.EIP1559, true, 21_000, List.of(logs));
    }

    static Log deposit(long mint, byte[] data) {
        return UserDeposits.toLog(FakeChains.PORTAL, FROM, TO, UInt256.valueOf(mint), UInt256.ZERO, 100_000, false, data);
    }

    static Log config(SystemConfigUpdate u) {
        return SystemConfigLogs.encode(FakeChains.SYSTEM_CONFIG, u);
    }

    static L1BlockInfo info(OpPayloadAttributes a) {
        return L1BlockInfo.decode(((DepositTransaction) Transaction.decode(a.transactions().get(0))).input());
    }

    /** keccak(bytes32(0) ‖ keccak(l1Hash ‖ bytes32(logIndex))), written out. */
    static Hash userSource(Hash l1, long logIndex) {
        byte[] inner = new byte[64];
        System.arraycopy(l1.unsafeBytes(), 0, inner, 0, 32);
        inner[63] = (byte) logIndex;
        byte[] outer = new byte[64];
        System.arraycopy(Keccak256.digest(inner), 0, outer, 32, 32);
        return Keccak256.hash(outer);
    }

    // ---- rule: epoch change requires epoch.parentHash == parent.l1Origin.hash; seqNo = 0

    @Test
    void epochChange() {
        RollupConfig cfg = FakeChains.rollup(BASE);
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), null, null, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 3);
        L1BlockInfo info = info(builder(cfg).preparePayloadAttributes(parent, next));
        assertThat(info.sequenceNumber()).isZero();
        assertThat(info.number()).isEqualTo(101);
        assertThat(info.blockHash()).isEqualTo(next.hash());
        assertThat(info.time()).isEqualTo(1012);

        BlockNumHash orphan = chains.l1Block(101, 1012, Hash.fromHex("0x" + "99".repeat(32)), null, null, List.of());
        assertThatThrownBy(() -> builder(cfg).preparePayloadAttributes(parent, orphan))
                .isInstanceOf(ResetException.class)
                .satisfies(e -> assertThat(((ResetException) e).reason()).isEqualTo(ResetReason.L1_ORIGIN_MISMATCH));
    }

    // ---- rule: same epoch requires epoch.hash == parent.l1Origin.hash; seqNo = parent.seq + 1; no deposits

    @Test
    void sameEpoch() {
        RollupConfig cfg = FakeChains.rollup(BASE);
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of(ok(deposit(1, new byte[0]))));
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 3);
        OpPayloadAttributes a = builder(cfg).preparePayloadAttributes(parent, origin);
        assertThat(info(a).sequenceNumber()).isEqualTo(4);
        assertThat(a.transactions()).as("no deposits within an epoch").hasSize(1);

        BlockNumHash sibling = chains.l1Block(100, 1001, P0, null, null, List.of());
        assertThatThrownBy(() -> builder(cfg).preparePayloadAttributes(parent, sibling))
                .isInstanceOf(ResetException.class)
                .satisfies(e -> assertThat(((ResetException) e).reason()).isEqualTo(ResetReason.L1_ORIGIN_MISMATCH));
    }

    // ---- rule: nextTs = parent.ts + blockTime must be >= epoch.time

    @Test
    void timeInvariant() {
        RollupConfig cfg = FakeChains.rollup(BASE);
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        BlockNumHash sameTime = chains.l1Block(101, 1012, origin.hash(), null, null, List.of());
        assertThat(builder(cfg).preparePayloadAttributes(parent, sameTime).timestamp()).isEqualTo(1012);
        BlockNumHash later = chains.l1Block(101, 1013, origin.hash(), null, null, List.of());
        assertThatThrownBy(() -> builder(cfg).preparePayloadAttributes(parent, later))
                .isInstanceOf(ResetException.class)
                .satisfies(e -> assertThat(((ResetException) e).reason()).isEqualTo(ResetReason.BAD_TIMESTAMP));
    }

    // ---- rule: user deposits from successful receipts, portal logs only, block-wide log index, after the L1-info tx

    @Test
    void userDeposits() {
        RollupConfig cfg = FakeChains.rollup(BASE);
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        Log other = new Log(Address.ZERO, List.of(Hash.ZERO), new byte[0]);
        Log notPortal = UserDeposits.toLog(TO, FROM, TO, UInt256.ONE, UInt256.ZERO, 1, false, new byte[0]);
        List<Receipt> rs = List.of(ok(other, deposit(5, Hex.decode("0xaa"))),
                Receipt.of(TxType.EIP1559, false, 1, List.of(deposit(6, new byte[0]))),
                ok(notPortal, deposit(7, Hex.decode("0xbbcc"))));
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), null, null, rs);
        OpPayloadAttributes a = builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 2), next);
        assertThat(a.transactions()).hasSize(3);
        DepositTransaction first = new DepositTransaction(userSource(next.hash(), 1), FROM, TO, UInt256.valueOf(5),
                UInt256.ZERO, 100_000, false, Hex.decode("0xaa"));
        DepositTransaction second = new DepositTransaction(userSource(next.hash(), 4), FROM, TO, UInt256.valueOf(7),
                UInt256.ZERO, 100_000, false, Hex.decode("0xbbcc"));
        assertThat(a.transactions().get(1)).isEqualTo(first.encode());
        assertThat(a.transactions().get(2)).isEqualTo(second.encode());

        Log broken = new Log(FakeChains.PORTAL, deposit(1, new byte[0]).topics(), new byte[40]);
        BlockNumHash bad = chains.l1Block(101, 1012, origin.hash(), null, null, List.of(ok(broken)));
        assertThatThrownBy(() -> builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 2), bad))
                .isInstanceOf(CriticalException.class)
                .satisfies(e -> assertThat(((CriticalException) e).error()).isEqualTo(PipelineError.ATTRIBUTES_BUILDER));
    }

    // ---- rule: ConfigUpdate logs of the new epoch apply to the parent's system config (not within an epoch)

    @Test
    void systemConfigUpdates() {
        RollupConfig cfg = FakeChains.rollup(BASE);
        Address newBatcher = Address.fromHex("0x00000000000000000000000000000000000000b2");
        List<Receipt> rs = List.of(ok(config(new SystemConfigUpdate.GasLimit(60_000_000)),
                config(new SystemConfigUpdate.Batcher(newBatcher))));
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, rs);
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), null, null, rs);
        OpPayloadAttributes changed = builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), next);
        assertThat(changed.gasLimit()).isEqualTo(60_000_000);
        assertThat(info(changed).batcherAddress()).isEqualTo(newBatcher);
        OpPayloadAttributes same = builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), origin);
        assertThat(same.gasLimit()).as("same epoch: L1 logs not re-applied").isEqualTo(30_000_000);
        assertThat(info(same).batcherAddress()).isEqualTo(FakeChains.BATCHER);

        byte[] bad = config(new SystemConfigUpdate.GasLimit(1)).data().clone();
        bad[31] = 0x40;
        Log broken = new Log(FakeChains.SYSTEM_CONFIG, config(new SystemConfigUpdate.GasLimit(1)).topics(), bad);
        BlockNumHash malformed = chains.l1Block(101, 1012, origin.hash(), null, null, List.of(ok(broken)));
        assertThatThrownBy(() -> builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), malformed))
                .isInstanceOf(CriticalException.class)
                .satisfies(e -> assertThat(((CriticalException) e).error()).isEqualTo(PipelineError.SYSTEM_CONFIG_UPDATE));
    }

    // ---- rule: the Ecotone check for ConfigUpdate is taken at the L1 block's time

    @Test
    void feeScalarUpdateUsesL1Time() {
        RollupConfig cfg = FakeChains.rollup(BASE.with(Hardfork.ECOTONE, 1012L));
        byte[] v1 = new byte[32];
        v1[0] = 1;
        v1[31] = 9;
        UInt256 scalar = UInt256.fromBytes(v1);
        List<Receipt> rs = List.of(ok(config(new SystemConfigUpdate.FeeScalars(UInt256.valueOf(5), scalar))));
        BlockNumHash origin = chains.l1Block(100, 1000, P0, 0L, BEACON, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        BlockNumHash preEcotoneL1 = chains.l1Block(101, 1011, origin.hash(), 0L, BEACON, rs);
        L1BlockInfoBedrock before = (L1BlockInfoBedrock) info(builder(cfg).preparePayloadAttributes(parent, preEcotoneL1));
        assertThat(before.l1FeeOverhead()).as("L1 time before Ecotone: overhead kept").isEqualTo(UInt256.valueOf(5));
        assertThat(before.l1FeeScalar()).isEqualTo(scalar);
        BlockNumHash ecotoneL1 = chains.l1Block(101, 1012, origin.hash(), 0L, BEACON, rs);
        L1BlockInfoBedrock after = (L1BlockInfoBedrock) info(builder(cfg).preparePayloadAttributes(parent, ecotoneL1));
        assertThat(after.l1FeeOverhead()).as("L1 time at Ecotone: overhead zeroed").isEqualTo(UInt256.ZERO);
        assertThat(after.l1FeeScalar()).isEqualTo(scalar);
    }

    // ---- rule: tx order [L1-info ‖ user deposits ‖ upgrade txs], upgrade txs only in the fork's first block

    @Test
    void upgradeTransactionsFollowDeposits() {
        RollupConfig cfg = FakeChains.rollup(BASE.with(Hardfork.ECOTONE, 1012L));
        BlockNumHash origin = chains.l1Block(100, 1000, P0, 0L, BEACON, List.of());
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), 0L, BEACON, List.of(ok(deposit(1, new byte[0]))));
        OpPayloadAttributes first = builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), next);
        assertThat(first.transactions()).hasSize(1 + 1 + 6);
        assertThat(info(first)).as("first Ecotone block keeps the Bedrock layout").isInstanceOf(L1BlockInfoBedrock.class);
        assertThat(Transaction.decode(first.transactions().get(1)).sender()).isEqualTo(FROM);
        for (int i = 0; i < 6; i++) {
            assertThat(first.transactions().get(2 + i)).isEqualTo(UpgradeTransactions.ecotone().get(i).encode());
        }
        OpPayloadAttributes second = builder(cfg).preparePayloadAttributes(FakeChains.l2(51, 1012, next, 0), next);
        assertThat(second.transactions()).hasSize(1);
        assertThat(info(second)).isInstanceOf(L1BlockInfoEcotone.class);
    }

    // ---- rule: the L1-info deposit: depositor, L1Block, gas 1,000,000 from Regolith (150M + system tx before)

    @Test
    void l1InfoDeposit() {
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        DepositTransaction d = (DepositTransaction) Transaction.decode(builder(FakeChains.rollup(BASE))
                .preparePayloadAttributes(parent, origin).transactions().get(0));
        assertThat(d.from()).isEqualTo(Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001"));
        assertThat(d.to()).isEqualTo(Address.fromHex("0x4200000000000000000000000000000000000015"));
        assertThat(d.gasLimit()).isEqualTo(1_000_000);
        assertThat(d.isSystemTransaction()).isFalse();
        DepositTransaction pre = (DepositTransaction) Transaction.decode(builder(FakeChains.rollup(HardForks.NONE))
                .preparePayloadAttributes(parent, origin).transactions().get(0));
        assertThat(pre.gasLimit()).isEqualTo(150_000_000);
        assertThat(pre.isSystemTransaction()).isTrue();
    }

    // ---- rule: fee recipient, prevRandao, gas limit, noTxPool

    @Test
    void plainFields() {
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        chains.l2SystemConfig = FakeChains.SYS.withGasLimit(45_000_000);
        OpPayloadAttributes a = builder(FakeChains.rollup(BASE))
                .preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), origin);
        assertThat(a.suggestedFeeRecipient()).isEqualTo(Address.fromHex("0x4200000000000000000000000000000000000011"));
        assertThat(a.prevRandao()).isEqualTo(Hash.fromHex("0x" + "ab".repeat(31) + "64"));
        assertThat(a.gasLimit()).isEqualTo(45_000_000);
        assertThat(a.noTxPool()).isTrue();
        assertThat(a.timestamp()).isEqualTo(1012);
    }

    // ---- rule: withdrawals nil before Canyon, [] from Canyon

    @Test
    void withdrawals() {
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        assertThat(builder(FakeChains.rollup(HardForks.through(Hardfork.CANYON, 1012)))
                .preparePayloadAttributes(parent, origin).withdrawals()).isEmpty();
        assertThat(builder(FakeChains.rollup(HardForks.through(Hardfork.CANYON, 1014)))
                .preparePayloadAttributes(parent, origin).withdrawals()).isNull();
    }

    // ---- rule: parentBeaconBlockRoot from Ecotone: the L1 header's, zero if it has none; nil before

    @Test
    void parentBeaconBlockRoot() {
        RollupConfig ecotone = FakeChains.rollup(HardForks.through(Hardfork.ECOTONE, 0));
        BlockNumHash cancun = chains.l1Block(100, 1000, P0, 0L, BEACON, List.of());
        BlockNumHash noRoot = chains.l1Block(100, 999, P0, null, null, List.of());
        assertThat(builder(ecotone).preparePayloadAttributes(FakeChains.l2(50, 1010, cancun, 0), cancun)
                .parentBeaconBlockRoot()).isEqualTo(BEACON);
        assertThat(builder(ecotone).preparePayloadAttributes(FakeChains.l2(50, 1010, noRoot, 0), noRoot)
                .parentBeaconBlockRoot()).isEqualTo(Hash.ZERO);
        assertThat(builder(FakeChains.rollup(BASE)).preparePayloadAttributes(FakeChains.l2(50, 1010, cancun, 0), cancun)
                .parentBeaconBlockRoot()).isNull();
    }

    // ---- rule: eip1559Params from Holocene: zero on its first block, then denominator ‖ elasticity

    @Test
    void eip1559Params() {
        RollupConfig cfg = FakeChains.rollup(HardForks.through(Hardfork.GRANITE, 0).with(Hardfork.HOLOCENE, 1012L));
        BlockNumHash origin = chains.l1Block(100, 1000, P0, 0L, BEACON, List.of());
        chains.l2SystemConfig = FakeChains.SYS.withEip1559Params(250L, 6L);
        assertThat(builder(cfg).preparePayloadAttributes(FakeChains.l2(49, 1008, origin, 0), origin).eip1559Params())
                .as("before Holocene").isNull();
        assertThat(builder(cfg).preparePayloadAttributes(FakeChains.l2(50, 1010, origin, 0), origin).eip1559Params())
                .as("first Holocene block").isEqualTo(new byte[8]);
        assertThat(builder(cfg).preparePayloadAttributes(FakeChains.l2(51, 1012, origin, 0), origin).eip1559Params())
                .isEqualTo(Hex.decode("0x000000fa00000006"));
    }

    // ---- rule: minBaseFee from Jovian, default 0

    @Test
    void minBaseFee() {
        BlockNumHash origin = chains.l1Block(100, 1000, P0, 0L, BEACON, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        RollupConfig jovian = FakeChains.rollup(HardForks.through(Hardfork.JOVIAN, 0));
        assertThat(builder(jovian).preparePayloadAttributes(parent, origin).minBaseFee()).isZero();
        chains.l2SystemConfig = FakeChains.SYS.withMinBaseFee(1_000_000L);
        assertThat(builder(jovian).preparePayloadAttributes(parent, origin).minBaseFee()).isEqualTo(1_000_000L);
        assertThat(builder(FakeChains.rollup(HardForks.through(Hardfork.ISTHMUS, 0)))
                .preparePayloadAttributes(parent, origin).minBaseFee()).isNull();
    }

    // ---- provider faults and unsupported forks are critical

    @Test
    void criticalConditions() {
        BlockNumHash origin = chains.l1Block(100, 1000, P0, null, null, List.of());
        L2BlockInfo parent = FakeChains.l2(50, 1010, origin, 0);
        assertThatThrownBy(() -> builder(FakeChains.rollup(HardForks.through(Hardfork.JOVIAN, 0)
                .with(Hardfork.KARST, 1012L))).preparePayloadAttributes(parent, origin))
                .isInstanceOf(CriticalException.class).hasMessageContaining("Karst");
        BlockNumHash next = chains.l1Block(101, 1012, origin.hash(), null, null, List.of());
        Hash lie = Hash.fromHex("0x" + "42".repeat(32));
        chains.headers.put(lie, chains.headers.get(next.hash()));
        chains.receipts.put(lie, List.of());
        assertThatThrownBy(() -> builder(FakeChains.rollup(BASE)).preparePayloadAttributes(parent,
                new BlockNumHash(101, lie))).isInstanceOf(CriticalException.class).hasMessageContaining("returned");
    }
}
