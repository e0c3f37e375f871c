package io.kona4j.evm;

import io.kona4j.primitives.Hash;

/** What {@code BLOCKHASH} reads: the hash of an earlier block by number, or {@code null} when unknown. */
@FunctionalInterface
public interface BlockHashLookup {
    /** Lookup that knows no block ({@code BLOCKHASH} pushes zero). */
    BlockHashLookup NONE = n -> null;

    /** Called only for the 256 blocks before the current one. */
    Hash blockHash(long number);
}
