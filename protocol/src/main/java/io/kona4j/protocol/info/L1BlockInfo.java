package io.kona4j.protocol.info;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockNumHash;

/**
 * The L1 attributes an L2 block carries in its first transaction, one record per calldata layout (PROTOCOL.md §1.10
 * "L1-info deposit"). {@link #encode()} writes the calldata, {@link #decode(byte[])} reads any of the four layouts by
 * selector and rejects anything else with {@link L1InfoDecodeException}; decode then encode is byte-identical.
 */
public sealed interface L1BlockInfo permits L1BlockInfoBedrock, L1BlockInfoEcotone, L1BlockInfoIsthmus,
        L1BlockInfoJovian {
    /** The L1 origin's number. */
    long number();

    /** The L1 origin's timestamp. */
    long time();

    /** The L1 origin's base fee. */
    UInt256 baseFee();

    /** The L1 origin's hash. */
    Hash blockHash();

    /** The L2 block's position in its epoch (0 for the first block of an epoch). */
    long sequenceNumber();

    /** The batcher address of the system config in force. */
    Address batcherAddress();

    /** The calldata of the L1-info deposit. */
    byte[] encode();

    /** The L1 origin as an epoch id. */
    default BlockNumHash l1Origin() {
        return new BlockNumHash(number(), blockHash());
    }

    /** Reads L1-info calldata of any layout, chosen by its 4-byte selector. */
    static L1BlockInfo decode(byte[] calldata) {
        if (calldata.length < 4) {
            throw new L1InfoDecodeException("L1-info calldata has no selector: " + calldata.length + " bytes");
        }
        int selector = Bytes.readIntBE(calldata, 0);
        return switch (selector) {
            case L1BlockInfoBedrock.SELECTOR -> L1BlockInfoBedrock.decode(calldata);
            case L1BlockInfoEcotone.SELECTOR -> L1BlockInfoEcotone.decode(calldata);
            case L1BlockInfoIsthmus.SELECTOR -> L1BlockInfoIsthmus.decode(calldata);
            case L1BlockInfoJovian.SELECTOR -> L1BlockInfoJovian.decode(calldata);
            default -> throw new L1InfoDecodeException(String.format(
                    "unknown L1-info selector 0x%08x (known: Bedrock 0x015d8eb9, Ecotone 0x440a5e20, Isthmus 0x098999be,"
                            + " Jovian 0x3db6be2b)", selector));
        };
    }
}
