package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;

/** A preimage store (kona-host's {@code KeyValueStore}); implementations are safe for concurrent use. */
public interface KeyValueStore {
    /** The value stored under {@code key}, or {@code null} if there is none. */
    byte[] get(PreimageKey key);

    /** Stores {@code value} under {@code key}, replacing any earlier value. */
    void set(PreimageKey key, byte[] value);
}
