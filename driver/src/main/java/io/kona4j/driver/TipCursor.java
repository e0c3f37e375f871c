package io.kona4j.driver;

import io.kona4j.consensus.Header;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.L2BlockInfo;

import java.util.Objects;

/**
 * The L2 safe head as the driver tracks it (Kona's {@code TipCursor}): its block info, its header and its output root.
 * The output root of the starting safe head is whatever the caller knows (Kona puts zero there; the client puts the
 * agreed output root, see {@code SyncStart}).
 */
public record TipCursor(L2BlockInfo l2SafeHead, Header l2SafeHeadHeader, Hash l2SafeHeadOutputRoot) {
    public TipCursor {
        Objects.requireNonNull(l2SafeHead, "l2SafeHead");
        Objects.requireNonNull(l2SafeHeadHeader, "l2SafeHeadHeader");
        Objects.requireNonNull(l2SafeHeadOutputRoot, "l2SafeHeadOutputRoot");
    }
}
