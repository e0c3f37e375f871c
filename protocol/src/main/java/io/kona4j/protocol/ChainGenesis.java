package io.kona4j.protocol;

import java.util.Objects;

/**
 * Where a rollup starts: the L1 block it is anchored after, the first L2 block, its timestamp, and the system config
 * in force at that block ({@code null} when a config omits it).
 */
public record ChainGenesis(BlockNumHash l1, BlockNumHash l2, long l2Time, SystemConfig systemConfig) {
    public ChainGenesis {
        Objects.requireNonNull(l1, "l1");
        Objects.requireNonNull(l2, "l2");
    }
}
