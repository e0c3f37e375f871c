package io.kona4j.protocol;

import io.kona4j.consensus.Block;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.info.L1BlockInfo;
import io.kona4j.protocol.info.L1InfoTransaction;
import java.util.Objects;

/**
 * An L2 block as derivation tracks it: its identity, its L1 origin (epoch) and its sequence number in that epoch
 * (kona's {@code L2BlockInfo}, op-node's {@code L2BlockRef}).
 */
public record L2BlockInfo(BlockInfo blockInfo, BlockNumHash l1Origin, long sequenceNumber) {
    public L2BlockInfo {
        Objects.requireNonNull(blockInfo, "blockInfo");
        Objects.requireNonNull(l1Origin, "l1Origin");
    }

    public Hash hash() {
        return blockInfo.hash();
    }

    public long number() {
        return blockInfo.number();
    }

    public long timestamp() {
        return blockInfo.timestamp();
    }

    /**
     * From a full L2 block: the genesis block takes its origin from the config (sequence number 0); any other block's
     * origin and sequence number come from its L1-info deposit (kona {@code from_block_and_genesis}).
     *
     * @throws ProtocolException if the genesis hash does not match, or the block does not start with a readable L1-info
     *     deposit
     */
    public static L2BlockInfo fromBlock(Block block, ChainGenesis genesis) {
        Hash hash = block.hash();
        BlockInfo info = BlockInfo.of(block.header(), hash);
        if (info.number() == genesis.l2().number()) {
            if (!hash.equals(genesis.l2().hash())) {
                throw new ProtocolException("block " + info.number() + " is at the genesis height but its hash "
                        + hash + " is not the genesis hash " + genesis.l2().hash());
            }
            return new L2BlockInfo(info, genesis.l1(), 0);
        }
        if (block.transactions().isEmpty()) {
            throw new ProtocolException("L2 block " + info.number() + " has no transactions, so no L1-info deposit");
        }
        L1BlockInfo l1 = L1InfoTransaction.fromTransaction(block.transactions().get(0));
        return new L2BlockInfo(info, l1.l1Origin(), l1.sequenceNumber());
    }

    @Override
    public String toString() {
        return blockInfo + " origin " + l1Origin + " seq " + sequenceNumber;
    }
}
