package io.kona4j.host.witness;

import io.kona4j.preimage.PreimageKey;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** Collects every preimage a run served to its client (keys served more than once are kept once). */
public final class WitnessRecorder implements BiConsumer<PreimageKey, byte[]> {
    private final Map<PreimageKey, byte[]> entries = new ConcurrentHashMap<>();

    @Override
    public void accept(PreimageKey key, byte[] value) {
        entries.computeIfAbsent(key, k -> value.clone());
    }

    public int size() {
        return entries.size();
    }

    /** The recorded entries in key order (copies not made: the map is for writing a bundle). */
    public TreeMap<PreimageKey, byte[]> snapshot() {
        return new TreeMap<>(entries);
    }
}
