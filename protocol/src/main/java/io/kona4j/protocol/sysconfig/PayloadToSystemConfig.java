package io.kona4j.protocol.sysconfig;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.EcotoneScalars;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.info.L1BlockInfo;
import io.kona4j.protocol.info.L1BlockInfoBedrock;
import io.kona4j.protocol.info.L1BlockInfoEcotone;
import io.kona4j.protocol.info.L1BlockInfoIsthmus;
import io.kona4j.protocol.info.L1BlockInfoJovian;
import io.kona4j.protocol.info.L1InfoTransaction;

/**
 * The system config in force after an L2 block, rebuilt from the block itself (op-node {@code PayloadToSystemConfig},
 * kona {@code to_system_config}): batcher, overhead and scalar from the L1-info deposit (an Ecotone-format deposit's
 * scalars are re-encoded as a version-1 scalar word, overhead 0); gas limit from the header; from Holocene the
 * EIP-1559 parameters from the header's {@code extraData}; from Isthmus the operator fee from the deposit; from Jovian
 * the minimum base fee from {@code extraData} and the DA footprint scalar from the deposit. The genesis block yields the
 * config's genesis system config. The {@code extraData} is validated as op-geth's {@code ValidateHoloceneExtraData} /
 * {@code ValidateMinBaseFeeExtraData} do: exact length and version, non-zero denominator and elasticity.
 */
public final class PayloadToSystemConfig {
    private PayloadToSystemConfig() {}

    public static SystemConfig convert(RollupConfig rollup, Block block) {
        Header h = block.header();
        if (h.number() == rollup.genesis().l2().number()) {
            Hash hash = block.hash();
            if (!hash.equals(rollup.genesis().l2().hash())) {
                throw new ProtocolException("block " + h.number() + " is at the genesis height but hashes to " + hash
                        + ", not the genesis hash " + rollup.genesis().l2().hash());
            }
            if (rollup.genesis().systemConfig() == null) {
                throw new ProtocolException("the rollup config has no genesis system config");
            }
            return rollup.genesis().systemConfig();
        }
        if (block.transactions().isEmpty()) {
            throw new ProtocolException("L2 block " + h.number() + " has no L1-info deposit");
        }
        L1BlockInfo info = L1InfoTransaction.fromTransaction(block.transactions().get(0));
        UInt256 overhead = UInt256.ZERO;
        UInt256 scalar;
        Long opScalar = null;
        Long opConstant = null;
        Integer da = null;
        switch (info) {
            case L1BlockInfoBedrock b -> {
                overhead = b.l1FeeOverhead();
                scalar = b.l1FeeScalar();
            }
            case L1BlockInfoEcotone e -> scalar = new EcotoneScalars(e.baseFeeScalar(), e.blobBaseFeeScalar()).toVersion1Word();
            case L1BlockInfoIsthmus i -> {
                scalar = new EcotoneScalars(i.baseFeeScalar(), i.blobBaseFeeScalar()).toVersion1Word();
                opScalar = i.operatorFeeScalar();
                opConstant = i.operatorFeeConstant();
            }
            case L1BlockInfoJovian j -> {
                scalar = new EcotoneScalars(j.baseFeeScalar(), j.blobBaseFeeScalar()).toVersion1Word();
                opScalar = j.operatorFeeScalar();
                opConstant = j.operatorFeeConstant();
                da = j.daFootprintGasScalar();
            }
        }
        long t = h.timestamp();
        Long denominator = null;
        Long elasticity = null;
        Long minBaseFee = null;
        if (rollup.isHoloceneActive(t)) {
            byte[] x = h.extraData();
            boolean jovian = rollup.isJovianActive(t);
            int expectedLength = jovian ? 17 : 9;
            int version = jovian ? 1 : 0;
            if (x.length != expectedLength || x[0] != version) {
                throw new ProtocolException("L2 block " + h.number() + " extraData must be " + expectedLength
                        + " bytes starting with version " + version + (jovian ? " (Jovian)" : " (Holocene)") + ", got "
                        + x.length + " bytes" + (x.length > 0 ? " version " + (x[0] & 0xFF) : ""));
            }
            denominator = Bytes.readIntBE(x, 1) & 0xFFFFFFFFL;
            elasticity = Bytes.readIntBE(x, 5) & 0xFFFFFFFFL;
            if (denominator == 0 || elasticity == 0) {
                throw new ProtocolException("L2 block " + h.number() + " extraData must encode a non-zero EIP-1559"
                        + " denominator and elasticity, got " + denominator + " and " + elasticity);
            }
            if (jovian) minBaseFee = Bytes.readLongBE(x, 9);
        }
        if (rollup.isIsthmusActive(t)) {
            if (opScalar == null) {
                opScalar = 0L;
                opConstant = 0L;
            }
        } else {
            opScalar = null;
            opConstant = null;
        }
        if (rollup.isJovianActive(t)) {
            if (da == null) da = 0;
        } else {
            da = null;
        }
        return new SystemConfig(info.batcherAddress(), overhead, scalar, h.gasLimit(), null, null, denominator,
                elasticity, opScalar, opConstant, minBaseFee, da);
    }
}
