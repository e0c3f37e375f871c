package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;

/**
 * Local keys from one store (the boot inputs), every other key from another (kona-host's {@code SplitKeyValueStore});
 * writes always go to the second.
 */
public final class SplitKeyValueStore implements KeyValueStore {
    private final KeyValueStore local;
    private final KeyValueStore remote;

    public SplitKeyValueStore(KeyValueStore local, KeyValueStore remote) {
        this.local = local;
        this.remote = remote;
    }

    @Override
    public byte[] get(PreimageKey key) {
        return key.type() == PreimageKeyType.LOCAL ? local.get(key) : remote.get(key);
    }

    @Override
    public void set(PreimageKey key, byte[] value) {
        remote.set(key, value);
    }
}
