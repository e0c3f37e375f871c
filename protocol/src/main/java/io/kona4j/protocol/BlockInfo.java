package io.kona4j.protocol;

import io.kona4j.consensus.Header;
import io.kona4j.primitives.Hash;
import java.util.Objects;

/** The identity of a block as derivation tracks it: hash, number, parent hash and timestamp (kona's {@code BlockInfo}). */
public record BlockInfo(Hash hash, long number, Hash parentHash, long timestamp) {
    public BlockInfo {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(parentHash, "parentHash");
    }

    /** From a header; hashes it. */
    public static BlockInfo of(Header header) {
        return new BlockInfo(header.hash(), header.number(), header.parentHash(), header.timestamp());
    }

    /** From a header whose hash is already known. */
    public static BlockInfo of(Header header, Hash hash) {
        return new BlockInfo(hash, header.number(), header.parentHash(), header.timestamp());
    }

    public BlockNumHash id() {
        return new BlockNumHash(number, hash);
    }

    @Override
    public String toString() {
        return "#" + number + " " + hash.toShortHex() + " (parent " + parentHash.toShortHex() + ", t=" + timestamp + ")";
    }
}
