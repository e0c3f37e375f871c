package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;

/**
 * A store that refuses a keccak256 or sha256 value that does not hash to its key, so data from a lying endpoint is
 * rejected before it can ever be served. Other key types (local, blob, precompile) cannot be checked by hash alone
 * and pass through.
 */
public final class CheckedKeyValueStore implements KeyValueStore {
    private final KeyValueStore inner;

    public CheckedKeyValueStore(KeyValueStore inner) {
        this.inner = inner;
    }

    @Override
    public byte[] get(PreimageKey key) {
        return inner.get(key);
    }

    @Override
    public void set(PreimageKey key, byte[] value) {
        try {
            key.checkPreimage(value);
        } catch (PreimageHashMismatchException e) {
            throw new KeyValueStoreException("refusing to store a value under " + key + ": " + e.getMessage(), e);
        }
        inner.set(key, value);
    }
}
