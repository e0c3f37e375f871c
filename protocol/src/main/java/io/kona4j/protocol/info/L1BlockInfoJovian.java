package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.ProtocolException;
import java.util.Objects;

/**
 * Jovian layout: {@code setL1BlockValuesJovian()}, selector {@code 0x3db6be2b}, the Isthmus layout followed by
 * {@code daFootprintGasScalar u16} (178 bytes).
 */
public record L1BlockInfoJovian(long number, long time, UInt256 baseFee, Hash blockHash, long sequenceNumber,
                                Address batcherAddress, UInt256 blobBaseFee, long blobBaseFeeScalar, long baseFeeScalar,
                                long operatorFeeScalar, long operatorFeeConstant, int daFootprintGasScalar)
        implements L1BlockInfo {
    public static final int SELECTOR = 0x3db6be2b;
    public static final int LENGTH = 178;
    /** Written instead of a system-config DA footprint scalar of 0 (PROTOCOL.md §1.10). */
    public static final int DEFAULT_DA_FOOTPRINT_GAS_SCALAR = 400;

    public L1BlockInfoJovian {
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(batcherAddress, "batcherAddress");
        Objects.requireNonNull(blobBaseFee, "blobBaseFee");
        Calldata.requireU32(blobBaseFeeScalar, "blobBaseFeeScalar");
        Calldata.requireU32(baseFeeScalar, "baseFeeScalar");
        Calldata.requireU32(operatorFeeScalar, "operatorFeeScalar");
        if (daFootprintGasScalar < 0 || daFootprintGasScalar > 0xFFFF) {
            throw new ProtocolException("daFootprintGasScalar is a u16, got " + daFootprintGasScalar);
        }
    }

    @Override
    public byte[] encode() {
        byte[] d = new byte[LENGTH];
        L1BlockInfoEcotone.writeEcotone(d, SELECTOR, this, blobBaseFee, blobBaseFeeScalar, baseFeeScalar);
        Calldata.putU32(d, 164, operatorFeeScalar);
        Bytes.writeLongBE(operatorFeeConstant, d, 168);
        d[176] = (byte) (daFootprintGasScalar >>> 8);
        d[177] = (byte) daFootprintGasScalar;
        return d;
    }

    public static L1BlockInfoJovian decode(byte[] d) {
        Calldata.requireLength(d, LENGTH, "Jovian");
        L1BlockInfoEcotone e = L1BlockInfoEcotone.readEcotone(d);
        return new L1BlockInfoJovian(e.number(), e.time(), e.baseFee(), e.blockHash(), e.sequenceNumber(),
                e.batcherAddress(), e.blobBaseFee(), e.blobBaseFeeScalar(), e.baseFeeScalar(), Calldata.u32(d, 164),
                Bytes.readLongBE(d, 168), ((d[176] & 0xFF) << 8) | (d[177] & 0xFF));
    }
}
