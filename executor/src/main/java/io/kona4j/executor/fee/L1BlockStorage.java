package io.kona4j.executor.fee;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.util.function.Function;

/**
 * The fee inputs the L1Block predeploy ({@code 0x4200…0015}) holds in its storage, read once per block at the first
 * non-deposit transaction, after the L1-info deposit updated them (PROTOCOL.md §2.3). Packed slots are split with
 * Solidity's right-aligned offsets:
 * <ul>
 *   <li>slot 1 {@code basefee}; slot 5 {@code l1FeeOverhead}; slot 6 {@code l1FeeScalar}; slot 7 {@code blobBaseFee};
 *   <li>slot 3: {@code sequenceNumber} u64 at 0, {@code blobBaseFeeScalar} u32 at 8, {@code baseFeeScalar} u32 at 12;
 *   <li>slot 8: {@code operatorFeeConstant} u64 at 0, {@code operatorFeeScalar} u32 at 8,
 *       {@code daFootprintGasScalar} u16 at 12 (the Isthmus spec's offsets are wrong; this is the deployed layout).
 * </ul>
 * The DA footprint scalar is used as stored: its default of 400 is applied by derivation when it writes the L1
 * attributes (Jovian l1-attributes.md), so the execution layer never substitutes one.
 *
 * @param feeScalarsWord slot 3 as stored, for the first-Ecotone-block test of {@link L1Cost}
 */
public record L1BlockStorage(UInt256 l1BaseFee, UInt256 l1FeeOverhead, UInt256 l1FeeScalar, UInt256 blobBaseFee,
                             long baseFeeScalar, long blobBaseFeeScalar, UInt256 feeScalarsWord,
                             long operatorFeeScalar, long operatorFeeConstant, int daFootprintGasScalar) {
    /** The L1Block predeploy. */
    public static final Address L1_BLOCK = Address.fromHex("0x4200000000000000000000000000000000000015");
    public static final UInt256 BASE_FEE_SLOT = UInt256.valueOf(1);
    public static final UInt256 FEE_SCALARS_SLOT = UInt256.valueOf(3);
    public static final UInt256 OVERHEAD_SLOT = UInt256.valueOf(5);
    public static final UInt256 SCALAR_SLOT = UInt256.valueOf(6);
    public static final UInt256 BLOB_BASE_FEE_SLOT = UInt256.valueOf(7);
    public static final UInt256 OPERATOR_FEE_SLOT = UInt256.valueOf(8);

    /**
     * Reads the slots the block's fee rules need through {@code storage} (slot → value of the L1Block contract), and
     * only those, so a witness holding exactly what the reference execution read suffices: slot 1; before Ecotone
     * slots 5 and 6; from Ecotone slots 3 and 7, plus 5 and 6 when the Ecotone parameters are still unset; from
     * Isthmus slot 8. Slots not read are zero.
     */
    public static L1BlockStorage read(Function<UInt256, UInt256> storage, boolean ecotone, boolean isthmus) {
        UInt256 baseFee = storage.apply(BASE_FEE_SLOT);
        UInt256 scalars = ecotone ? storage.apply(FEE_SCALARS_SLOT) : UInt256.ZERO;
        UInt256 blobBaseFee = ecotone ? storage.apply(BLOB_BASE_FEE_SLOT) : UInt256.ZERO;
        boolean bedrockFee = !ecotone || (blobBaseFee.isZero() && scalars.limb(1) == 0);
        UInt256 overhead = bedrockFee ? storage.apply(OVERHEAD_SLOT) : UInt256.ZERO;
        UInt256 scalar = bedrockFee ? storage.apply(SCALAR_SLOT) : UInt256.ZERO;
        UInt256 op = isthmus ? storage.apply(OPERATOR_FEE_SLOT) : UInt256.ZERO;
        long s0 = scalars.limb(1); // bytes 16..24 of the big-endian word
        long o0 = op.limb(1);
        return new L1BlockStorage(baseFee, overhead, scalar, blobBaseFee, s0 >>> 32, s0 & 0xffffffffL, scalars,
                o0 & 0xffffffffL, op.limb(0), (int) ((o0 >>> 32) & 0xffff));
    }

    /**
     * op-geth's first-Ecotone-block test: no blob base fee yet and both Ecotone scalars zero (the 8 bytes
     * {@code slot3[16:24]}). The block then still pays the Bedrock fee.
     */
    public boolean ecotoneParamsUnset() {
        return blobBaseFee.isZero() && feeScalarsWord.limb(1) == 0;
    }
}
