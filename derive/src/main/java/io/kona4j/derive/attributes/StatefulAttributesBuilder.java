package io.kona4j.derive.attributes;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.derive.AttributesBuilder;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.deposits.DepositLogException;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.hardforks.UpgradeTransactions;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.sysconfig.SystemConfigLogException;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the deposit part of an L2 block's payload attributes from the L2 parent and the chosen epoch (PROTOCOL.md
 * §1.10; op-node {@code FetchingAttributesBuilder}, kona {@code StatefulAttributesBuilder}). The batch's own
 * transactions are appended later by the attributes queue.
 *
 * <ul>
 *   <li>system config: the one in force after the parent ({@link L2ChainProvider#systemConfigByNumber});</li>
 *   <li>new epoch ({@code parent.l1Origin.number != epoch.number}): the epoch's header must have the parent's origin
 *       as parent (else reset); its receipts give the user deposits and the {@code ConfigUpdate}s (applied with the
 *       Ecotone rule at the L1 block's time); sequence number 0. Malformed deposit or config logs are critical;</li>
 *   <li>same epoch: the epoch must be the parent's origin (else reset); sequence number = parent's + 1; no
 *       deposits;</li>
 *   <li>{@code parent.timestamp + blockTime} must not be before the epoch's timestamp (else reset);</li>
 *   <li>transactions: L1-info deposit, user deposits, upgrade deposits of the forks activating in this block;</li>
 *   <li>fee recipient SequencerFeeVault, prevRandao the L1 mixHash, gas limit from the system config, withdrawals
 *       empty from Canyon, parent beacon root from Ecotone (zero if the L1 header has none), {@code eip1559Params}
 *       from Holocene (zero on its first block), {@code minBaseFee} from Jovian, {@code noTxPool}.</li>
 * </ul>
 * Karst's activation block needs op-node's NUT bundle, which kona4j does not carry; building it is a critical error
 * rather than a block without the upgrade.
 */
public final class StatefulAttributesBuilder implements AttributesBuilder {
    private final RollupConfig rollup;
    private final L1ChainConfig l1Config;
    private final L2ChainProvider l2;
    private final ChainProvider l1;

    public StatefulAttributesBuilder(RollupConfig rollup, L1ChainConfig l1Config, L2ChainProvider l2,
                                     ChainProvider l1) {
        this.rollup = Objects.requireNonNull(rollup, "rollup");
        this.l1Config = Objects.requireNonNull(l1Config, "l1Config");
        this.l2 = Objects.requireNonNull(l2, "l2");
        this.l1 = Objects.requireNonNull(l1, "l1");
    }

    @Override
    public OpPayloadAttributes preparePayloadAttributes(L2BlockInfo parent, BlockNumHash epoch) {
        SystemConfig sysConfig = provider("L2 system config at block " + parent.number(),
                () -> l2.systemConfigByNumber(parent.number(), rollup));
        Header header;
        long seqNo;
        List<DepositTransaction> deposits;
        if (parent.l1Origin().number() != epoch.number()) {
            header = header(epoch);
            if (!header.parentHash().equals(parent.l1Origin().hash())) {
                throw PipelineException.reset(ResetReason.L1_ORIGIN_MISMATCH, "cannot build on L2 block "
                        + parent.number() + " with L1 origin " + parent.l1Origin() + ": new epoch " + epoch
                        + " has parent " + header.parentHash());
            }
            List<Receipt> receipts = provider("receipts of L1 block " + epoch, () -> l1.receiptsByHash(epoch.hash()));
            try {
                deposits = UserDeposits.fromReceipts(receipts, rollup.depositContractAddress(), epoch.hash());
            } catch (DepositLogException e) {
                throw PipelineException.critical(PipelineError.ATTRIBUTES_BUILDER, "deposits of L1 block " + epoch
                        + ": " + e.getMessage(), e);
            }
            try {
                sysConfig = SystemConfigLogs.applyReceipts(sysConfig, receipts, rollup.l1SystemConfigAddress(),
                        rollup.isEcotoneActive(header.timestamp()));
            } catch (SystemConfigLogException e) {
                throw PipelineException.critical(PipelineError.SYSTEM_CONFIG_UPDATE, "L1 block " + epoch + ": "
                        + e.getMessage(), e);
            }
            seqNo = 0;
        } else {
            if (!parent.l1Origin().hash().equals(epoch.hash())) {
                throw PipelineException.reset(ResetReason.L1_ORIGIN_MISMATCH, "epoch " + epoch
                        + " conflicts with the L2 parent's L1 origin " + parent.l1Origin());
            }
            header = header(epoch);
            deposits = List.of();
            seqNo = parent.sequenceNumber() + 1;
        }
        long nextTime = parent.timestamp() + rollup.blockTime();
        if (nextTime < header.timestamp()) {
            throw PipelineException.reset(ResetReason.BAD_TIMESTAMP, "L2 block at " + nextTime + " on " + parent.number()
                    + " would be before its L1 origin " + epoch + " at " + header.timestamp());
        }
        if (rollup.isFirstKarstBlock(nextTime)) {
            throw PipelineException.critical(PipelineError.ATTRIBUTES_BUILDER, "L2 block at " + nextTime
                    + " activates Karst, whose upgrade transactions (op-node's NUT bundle) kona4j does not carry");
        }
        DepositTransaction l1Info;
        try {
            l1Info = L1InfoTransaction.build(rollup, l1Config, sysConfig, seqNo, header, epoch.hash(), nextTime);
        } catch (ProtocolException e) {
            throw PipelineException.critical(PipelineError.ATTRIBUTES_BUILDER, "L1-info deposit for L2 time "
                    + nextTime + ": " + e.getMessage(), e);
        }
        List<DepositTransaction> upgrades = UpgradeTransactions.forBlock(rollup, nextTime);
        List<byte[]> txs = new ArrayList<>(1 + deposits.size() + upgrades.size());
        txs.add(l1Info.encode());
        for (DepositTransaction d : deposits) txs.add(d.encode());
        for (DepositTransaction u : upgrades) txs.add(u.encode());
        Hash beaconRoot = null;
        if (rollup.isEcotoneActive(nextTime)) {
            beaconRoot = header.parentBeaconBlockRoot() == null ? Hash.ZERO : header.parentBeaconBlockRoot();
        }
        Long minBaseFee = null;
        if (rollup.isJovianActive(nextTime)) minBaseFee = sysConfig.minBaseFee() == null ? 0L : sysConfig.minBaseFee();
        return new OpPayloadAttributes(nextTime, header.mixHash(), Predeploys.SEQUENCER_FEE_VAULT,
                rollup.isCanyonActive(nextTime) ? List.of() : null, beaconRoot, txs, true, sysConfig.gasLimit(),
                sysConfig.eip1559Params(rollup, parent.timestamp(), nextTime), minBaseFee);
    }

    private Header header(BlockNumHash epoch) {
        Header h = provider("header of L1 block " + epoch, () -> l1.headerByHash(epoch.hash()));
        if (h.number() != epoch.number() || !h.hash().equals(epoch.hash())) {
            throw PipelineException.critical(PipelineError.PROVIDER, "the L1 provider returned block #" + h.number()
                    + " " + h.hash() + " for epoch " + epoch);
        }
        return h;
    }

    private static <T> T provider(String what, Supplier<T> call) {
        try {
            T v = call.get();
            if (v == null) throw PipelineException.critical(PipelineError.PROVIDER, what + ": the provider returned null");
            return v;
        } catch (PipelineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PipelineException.critical(PipelineError.PROVIDER, what + ": " + e.getMessage(), e);
        }
    }
}
