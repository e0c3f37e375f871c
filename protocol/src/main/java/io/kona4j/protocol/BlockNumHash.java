package io.kona4j.protocol;

import io.kona4j.primitives.Hash;
import java.util.Objects;

/** A block named by number and hash (kona's {@code BlockNumHash}, op-node's {@code BlockID}): an epoch, a genesis anchor. */
public record BlockNumHash(long number, Hash hash) {
    public BlockNumHash {
        Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
        return "#" + number + " " + hash.toShortHex();
    }
}
