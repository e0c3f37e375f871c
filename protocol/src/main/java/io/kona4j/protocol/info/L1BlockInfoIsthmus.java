package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Objects;

/**
 * Isthmus layout (also the first Jovian block): {@code setL1BlockValuesIsthmus()}, selector {@code 0x098999be}, the
 * Ecotone layout followed by {@code operatorFeeScalar u32 ‖ operatorFeeConstant u64} (176 bytes).
 */
public record L1BlockInfoIsthmus(long number, long time, UInt256 baseFee, Hash blockHash, long sequenceNumber,
                                 Address batcherAddress, UInt256 blobBaseFee, long blobBaseFeeScalar,
                                 long baseFeeScalar, long operatorFeeScalar, long operatorFeeConstant)
        implements L1BlockInfo {
    public static final int SELECTOR = 0x098999be;
    public static final int LENGTH = 176;

    public L1BlockInfoIsthmus {
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(batcherAddress, "batcherAddress");
        Objects.requireNonNull(blobBaseFee, "blobBaseFee");
        Calldata.requireU32(blobBaseFeeScalar, "blobBaseFeeScalar");
        Calldata.requireU32(baseFeeScalar, "baseFeeScalar");
        Calldata.requireU32(operatorFeeScalar, "operatorFeeScalar");
    }

    @Override
    public byte[] encode() {
        byte[] d = new byte[LENGTH];
        L1BlockInfoEcotone.writeEcotone(d, SELECTOR, this, blobBaseFee, blobBaseFeeScalar, baseFeeScalar);
        Calldata.putU32(d, 164, operatorFeeScalar);
        Bytes.writeLongBE(operatorFeeConstant, d, 168);
        return d;
    }

    public static L1BlockInfoIsthmus decode(byte[] d) {
        Calldata.requireLength(d, LENGTH, "Isthmus");
        L1BlockInfoEcotone e = L1BlockInfoEcotone.readEcotone(d);
        return new L1BlockInfoIsthmus(e.number(), e.time(), e.baseFee(), e.blockHash(), e.sequenceNumber(),
                e.batcherAddress(), e.blobBaseFee(), e.blobBaseFeeScalar(), e.baseFeeScalar(), Calldata.u32(d, 164),
                Bytes.readLongBE(d, 168));
    }
}
