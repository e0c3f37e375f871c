package io.kona4j.devnet;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.L2BlockInfo;

import java.util.List;

/**
 * One devnet L2 block as the sequencer built it: the block, receipts, the output root, its L1 origin and sequence
 * number, and the execution witness (every trie node and code the build read).
 */
public record L2BlockData(Block block, Hash hash, List<Receipt> receipts, Hash outputRoot,
                          Hash messagePasserStorageRoot, L2BlockInfo info, List<byte[]> witnessNodes,
                          List<byte[]> witnessCodes) {
    public L2BlockData {
        receipts = List.copyOf(receipts);
        witnessNodes = List.copyOf(witnessNodes);
        witnessCodes = List.copyOf(witnessCodes);
    }

    public Header header() {
        return block.header();
    }

    public long number() {
        return block.header().number();
    }
}
