package io.kona4j.cli;

import io.kona4j.driver.Driver;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the L2 blocks the client derives and executes, for progress lines. */
final class BlockCounter implements Driver.Listener {
    private final AtomicLong blocks = new AtomicLong();

    @Override
    public void blockBuilt(L2BlockInfo block, Hash outputRoot, BlockInfo origin) {
        blocks.incrementAndGet();
    }

    long blocks() {
        return blocks.get();
    }
}
