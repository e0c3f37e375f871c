package io.kona4j.derive.sources;

import io.kona4j.primitives.Address;
import io.kona4j.protocol.BlockInfo;

/** Batcher data of L1 blocks (kona's {@code DataAvailabilityProvider}). */
public interface DataAvailabilityProvider {
    /**
     * The next piece of batcher data in {@code block} from {@code batcher}; a temporary EOF
     * ({@link io.kona4j.derive.errors.PipelineException#eof()}) once the block is exhausted.
     */
    byte[] next(BlockInfo block, Address batcher);

    /** Forgets the block being read. */
    void clear();
}
