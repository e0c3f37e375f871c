package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** A store in memory (kona-host's {@code MemoryKeyValueStore}, used when no data dir is given). */
public final class MemoryKeyValueStore implements KeyValueStore {
    private final Map<PreimageKey, byte[]> map = new ConcurrentHashMap<>();

    @Override
    public byte[] get(PreimageKey key) {
        byte[] v = map.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public void set(PreimageKey key, byte[] value) {
        map.put(key, value.clone());
    }

    public int size() {
        return map.size();
    }

    /** Visits every entry; the arrays passed are copies. */
    public void forEach(BiConsumer<PreimageKey, byte[]> visitor) {
        map.forEach((k, v) -> visitor.accept(k, v.clone()));
    }
}
