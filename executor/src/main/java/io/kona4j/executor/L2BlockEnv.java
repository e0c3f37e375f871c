package io.kona4j.executor;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.RollupConfig;

/**
 * The environment a payload executes in, from the parent header and the attributes (Kona's {@code builder/env.rs};
 * PROTOCOL.md §2.4):
 * <ul>
 *   <li>base-fee parameters: Jovian extraData of the parent if Jovian was active at the parent's time, else its
 *       Holocene extraData if Holocene was, else the chain's constants (denominator by Canyon at this block's time);
 *   <li>base fee: EIP-1559 over the parent, metering {@code max(gasUsed, blobGasUsed)} and clamping to the parent's
 *       minimum base fee when the parent is Jovian;
 *   <li>this block's extraData: empty before Holocene, else the attributes' {@code eip1559Params} (zero = the chain's
 *       post-Canyon constants), with {@code minBaseFee} from Jovian.
 * </ul>
 */
public record L2BlockEnv(long number, long timestamp, Address beneficiary, long gasLimit, UInt256 baseFee,
                         Hash prevRandao, byte[] extraData, Hash parentBeaconBlockRoot) {

    public static L2BlockEnv of(RollupConfig config, Header parent, OpPayloadAttributes attrs) {
        long t = attrs.timestamp();
        if (Long.compareUnsigned(t, parent.timestamp()) <= 0) {
            throw new InvalidBlockException("payload timestamp " + Long.toUnsignedString(t)
                    + " is not after the parent's " + Long.toUnsignedString(parent.timestamp()));
        }
        if (attrs.gasLimit() <= 0) throw new InvalidBlockException("payload attributes carry no gas limit");
        return new L2BlockEnv(parent.number() + 1, t, attrs.suggestedFeeRecipient(), attrs.gasLimit(),
                nextBaseFee(config, parent, t), attrs.prevRandao(), extraData(config, attrs),
                attrs.parentBeaconBlockRoot());
    }

    /** The base fee of the block at {@code timestamp} on {@code parent}. */
    public static UInt256 nextBaseFee(RollupConfig config, Header parent, long timestamp) {
        if (parent.baseFeePerGas() == null) throw new InvalidBlockException("parent header has no base fee");
        long pt = parent.timestamp();
        if (config.isJovianActive(pt)) {
            ExtraData e = ExtraData.decodeJovian(parent.extraData());
            long blobGasUsed = parent.blobGasUsed() == null ? 0 : parent.blobGasUsed();
            long metered = Long.compareUnsigned(parent.gasUsed(), blobGasUsed) >= 0 ? parent.gasUsed() : blobGasUsed;
            return BaseFee.clamp(BaseFee.next(metered, parent.gasLimit(), parent.baseFeePerGas(), e.params()), e.minBaseFee());
        }
        Eip1559Params params = config.isHoloceneActive(pt)
                ? ExtraData.decodeHolocene(parent.extraData()).params()
                : new Eip1559Params(config.eip1559Denominator(timestamp), config.eip1559Elasticity());
        return BaseFee.next(parent.gasUsed(), parent.gasLimit(), parent.baseFeePerGas(), params);
    }

    /** This block's extraData. */
    public static byte[] extraData(RollupConfig config, OpPayloadAttributes attrs) {
        long t = attrs.timestamp();
        if (!config.isHoloceneActive(t)) return Bytes.EMPTY;
        Eip1559Params canyon = new Eip1559Params(config.chainOpConfig().eip1559DenominatorCanyon(),
                config.eip1559Elasticity());
        Eip1559Params params = ExtraData.fromAttributes(attrs.eip1559Params(), canyon);
        if (!config.isJovianActive(t)) return new ExtraData(params, 0).encodeHolocene();
        if (attrs.minBaseFee() == null) throw new InvalidBlockException("payload attributes lack minBaseFee, required from Jovian");
        return new ExtraData(params, attrs.minBaseFee()).encodeJovian();
    }
}
