package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Objects;

/**
 * Ecotone layout (also the first Isthmus block): {@code setL1BlockValuesEcotone()}, selector {@code 0x440a5e20},
 * packed, 164 bytes: {@code baseFeeScalar u32 ‖ blobBaseFeeScalar u32 ‖ seqNo u64 ‖ time u64 ‖ number u64 ‖
 * baseFee u256 ‖ blobBaseFee u256 ‖ hash ‖ batcherHash}.
 */
public record L1BlockInfoEcotone(long number, long time, UInt256 baseFee, Hash blockHash, long sequenceNumber,
                                 Address batcherAddress, UInt256 blobBaseFee, long blobBaseFeeScalar,
                                 long baseFeeScalar) implements L1BlockInfo {
    public static final int SELECTOR = 0x440a5e20;
    public static final int LENGTH = 164;

    public L1BlockInfoEcotone {
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(batcherAddress, "batcherAddress");
        Objects.requireNonNull(blobBaseFee, "blobBaseFee");
        Calldata.requireU32(blobBaseFeeScalar, "blobBaseFeeScalar");
        Calldata.requireU32(baseFeeScalar, "baseFeeScalar");
    }

    @Override
    public byte[] encode() {
        byte[] d = new byte[LENGTH];
        writeEcotone(d, SELECTOR, this, blobBaseFee, blobBaseFeeScalar, baseFeeScalar);
        return d;
    }

    public static L1BlockInfoEcotone decode(byte[] d) {
        Calldata.requireLength(d, LENGTH, "Ecotone");
        return readEcotone(d);
    }

    static void writeEcotone(byte[] d, int selector, L1BlockInfo info, UInt256 blobBaseFee, long blobBaseFeeScalar,
                             long baseFeeScalar) {
        Calldata.putU32(d, 0, selector);
        Calldata.putU32(d, 4, baseFeeScalar);
        Calldata.putU32(d, 8, blobBaseFeeScalar);
        Bytes.writeLongBE(info.sequenceNumber(), d, 12);
        Bytes.writeLongBE(info.time(), d, 20);
        Bytes.writeLongBE(info.number(), d, 28);
        Calldata.put(d, 36, info.baseFee());
        Calldata.put(d, 68, blobBaseFee);
        Calldata.put(d, 100, info.blockHash());
        Calldata.putAddressWord(d, 132, info.batcherAddress());
    }

    /** The common 164-byte prefix of the Ecotone, Isthmus and Jovian layouts (length already checked). */
    static L1BlockInfoEcotone readEcotone(byte[] d) {
        return new L1BlockInfoEcotone(Bytes.readLongBE(d, 28), Bytes.readLongBE(d, 20), Calldata.u256(d, 36),
                Calldata.hash(d, 100), Bytes.readLongBE(d, 12), Calldata.wordAddress(d, 132, "batcher hash"),
                Calldata.u256(d, 68), Calldata.u32(d, 8), Calldata.u32(d, 4));
    }
}
