package io.kona4j.derive.sources;

import io.kona4j.primitives.Hash;

/** A blob's versioned hash and its index among all blobs of its L1 block (the beacon sidecar index). */
public record IndexedBlobHash(long index, Hash hash) {}
