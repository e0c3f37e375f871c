package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Objects;

/**
 * Bedrock layout, also used on the first Ecotone block:
 * {@code setL1BlockValues(uint64,uint64,uint256,bytes32,uint64,bytes32,uint256,uint256)}, selector {@code 0x015d8eb9},
 * eight ABI words after the selector (260 bytes).
 */
public record L1BlockInfoBedrock(long number, long time, UInt256 baseFee, Hash blockHash, long sequenceNumber,
                                 Address batcherAddress, UInt256 l1FeeOverhead, UInt256 l1FeeScalar)
        implements L1BlockInfo {
    public static final int SELECTOR = 0x015d8eb9;
    public static final int LENGTH = 4 + 8 * 32;

    public L1BlockInfoBedrock {
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(batcherAddress, "batcherAddress");
        Objects.requireNonNull(l1FeeOverhead, "l1FeeOverhead");
        Objects.requireNonNull(l1FeeScalar, "l1FeeScalar");
    }

    @Override
    public byte[] encode() {
        byte[] d = new byte[LENGTH];
        Calldata.putU32(d, 0, SELECTOR);
        Calldata.putWordU64(d, 4, number);
        Calldata.putWordU64(d, 36, time);
        Calldata.put(d, 68, baseFee);
        Calldata.put(d, 100, blockHash);
        Calldata.putWordU64(d, 132, sequenceNumber);
        Calldata.putAddressWord(d, 164, batcherAddress);
        Calldata.put(d, 196, l1FeeOverhead);
        Calldata.put(d, 228, l1FeeScalar);
        return d;
    }

    public static L1BlockInfoBedrock decode(byte[] d) {
        Calldata.requireLength(d, LENGTH, "Bedrock");
        return new L1BlockInfoBedrock(Calldata.wordU64(d, 4, "number"), Calldata.wordU64(d, 36, "time"),
                Calldata.u256(d, 68), Calldata.hash(d, 100), Calldata.wordU64(d, 132, "sequence number"),
                Calldata.wordAddress(d, 164, "batcher hash"), Calldata.u256(d, 196), Calldata.u256(d, 228));
    }
}
