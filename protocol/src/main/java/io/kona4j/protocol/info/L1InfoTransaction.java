package io.kona4j.protocol.info;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlobParams;
import io.kona4j.protocol.EcotoneScalars;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.deposits.DepositSource;

/**
 * Builds the L1-info deposit for an L2 block (op-node {@code L1InfoDeposit}, kona {@code L1BlockInfoTx}) and reads it
 * back from a block's first transaction.
 *
 * <p>Layout by L2 time {@code t} (PROTOCOL.md §1.10): Bedrock before Ecotone <em>and on the first Ecotone block</em>;
 * Ecotone from the second Ecotone block (and on the first Isthmus block); Isthmus from the second Isthmus block (and
 * on the first Jovian block); Jovian after that. Deposit: from {@code 0xdead…0001} to L1Block {@code 0x4200…0015},
 * mint and value 0, source domain 1; gas 150,000,000 with {@code isSystemTx} before Regolith, 1,000,000 without it
 * from Regolith.
 */
public final class L1InfoTransaction {
    public static final long REGOLITH_SYSTEM_TX_GAS = 1_000_000L;
    public static final long PRE_REGOLITH_SYSTEM_TX_GAS = 150_000_000L;

    private L1InfoTransaction() {}

    /**
     * The L1 attributes for the L2 block at {@code l2Time} with sequence number {@code seqNo} whose L1 origin is
     * {@code l1Header} (hash {@code l1Hash}), under {@code sysConfig}.
     *
     * @throws io.kona4j.protocol.ProtocolException if the system config's scalar is not readable after Ecotone
     */
    public static L1BlockInfo l1BlockInfo(RollupConfig rollup, L1ChainConfig l1, SystemConfig sysConfig, long seqNo,
                                          Header l1Header, Hash l1Hash, long l2Time) {
        UInt256 baseFee = l1Header.baseFeePerGas() == null ? UInt256.ZERO : l1Header.baseFeePerGas();
        if (!rollup.isEcotoneActive(l2Time) || rollup.isFirstEcotoneBlock(l2Time)) {
            return new L1BlockInfoBedrock(l1Header.number(), l1Header.timestamp(), baseFee, l1Hash, seqNo,
                    sysConfig.batcherAddress(), sysConfig.overhead(), sysConfig.scalar());
        }
        EcotoneScalars scalars = EcotoneScalars.decode(sysConfig.scalar());
        UInt256 blobBaseFee = l1Header.excessBlobGas() == null
                ? UInt256.valueOf(BlobParams.MIN_BLOB_BASE_FEE)
                : l1.blobParamsAt(l1Header.timestamp(), rollup).blobBaseFee(l1Header.excessBlobGas());
        long opScalar = sysConfig.operatorFeeScalar() == null ? 0 : sysConfig.operatorFeeScalar();
        long opConstant = sysConfig.operatorFeeConstant() == null ? 0 : sysConfig.operatorFeeConstant();
        if (rollup.isJovianActive(l2Time) && !rollup.isFirstJovianBlock(l2Time)) {
            int da = sysConfig.daFootprintGasScalar() == null || sysConfig.daFootprintGasScalar() == 0
                    ? L1BlockInfoJovian.DEFAULT_DA_FOOTPRINT_GAS_SCALAR : sysConfig.daFootprintGasScalar();
            return new L1BlockInfoJovian(l1Header.number(), l1Header.timestamp(), baseFee, l1Hash, seqNo,
                    sysConfig.batcherAddress(), blobBaseFee, scalars.blobBaseFeeScalar(), scalars.baseFeeScalar(),
                    opScalar, opConstant, da);
        }
        if (rollup.isIsthmusActive(l2Time) && !rollup.isFirstIsthmusBlock(l2Time)) {
            return new L1BlockInfoIsthmus(l1Header.number(), l1Header.timestamp(), baseFee, l1Hash, seqNo,
                    sysConfig.batcherAddress(), blobBaseFee, scalars.blobBaseFeeScalar(), scalars.baseFeeScalar(),
                    opScalar, opConstant);
        }
        return new L1BlockInfoEcotone(l1Header.number(), l1Header.timestamp(), baseFee, l1Hash, seqNo,
                sysConfig.batcherAddress(), blobBaseFee, scalars.blobBaseFeeScalar(), scalars.baseFeeScalar());
    }

    /** The deposit transaction carrying {@code info} in the L2 block at {@code l2Time}. */
    public static DepositTransaction deposit(RollupConfig rollup, L1BlockInfo info, long l2Time) {
        boolean regolith = rollup.isRegolithActive(l2Time);
        return new DepositTransaction(DepositSource.l1Info(info.blockHash(), info.sequenceNumber()),
                Predeploys.L1_INFO_DEPOSITOR, Predeploys.L1_BLOCK, UInt256.ZERO, UInt256.ZERO,
                regolith ? REGOLITH_SYSTEM_TX_GAS : PRE_REGOLITH_SYSTEM_TX_GAS, !regolith, info.encode());
    }

    /** {@link #l1BlockInfo} then {@link #deposit}. */
    public static DepositTransaction build(RollupConfig rollup, L1ChainConfig l1, SystemConfig sysConfig, long seqNo,
                                           Header l1Header, Hash l1Hash, long l2Time) {
        return deposit(rollup, l1BlockInfo(rollup, l1, sysConfig, seqNo, l1Header, l1Hash, l2Time), l2Time);
    }

    /**
     * The L1 attributes of an L2 block from its first transaction, which must be a deposit to the L1Block predeploy
     * (op-node {@code L1BlockInfoFromBytes} after its sender/recipient checks).
     */
    public static L1BlockInfo fromTransaction(Transaction first) {
        if (!(first instanceof DepositTransaction d)) {
            throw new L1InfoDecodeException("the first transaction of an L2 block must be the L1-info deposit, got "
                    + first.type());
        }
        if (!Predeploys.L1_BLOCK.equals(d.to())) {
            throw new L1InfoDecodeException("the L1-info deposit must call L1Block " + Predeploys.L1_BLOCK.toHex()
                    + ", got " + (d.to() == null ? "a contract creation" : d.to().toHex()));
        }
        return L1BlockInfo.decode(d.input());
    }
}
