package io.kona4j.evm;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Objects;

/**
 * The block a transaction runs in, as the block-information opcodes see it.
 *
 * @param number {@code NUMBER}
 * @param timestamp {@code TIMESTAMP}
 * @param coinbase {@code COINBASE}; the L1 processor pays it the priority fee (on OP: the SequencerFeeVault)
 * @param gasLimit {@code GASLIMIT}
 * @param baseFee {@code BASEFEE}
 * @param prevRandao {@code PREVRANDAO} (opcode 0x44 from the Merge)
 * @param blobBaseFee {@code BLOBBASEFEE}; on OP always 1 (PROTOCOL.md §2.5)
 * @param blockHashes what {@code BLOCKHASH} reads
 */
public record BlockEnv(long number, long timestamp, Address coinbase, long gasLimit, UInt256 baseFee, Hash prevRandao,
                       UInt256 blobBaseFee, BlockHashLookup blockHashes) {
    public BlockEnv {
        Objects.requireNonNull(coinbase, "coinbase");
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(prevRandao, "prevRandao");
        Objects.requireNonNull(blobBaseFee, "blobBaseFee");
        Objects.requireNonNull(blockHashes, "blockHashes");
    }
}
