package io.kona4j.proof;

import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory oracle for provider and client tests: serves a map (without checking it, like a lying host could),
 * records every hint string and every key requested, in order.
 */
public final class TestOracle implements CommsClient {
    public final Map<PreimageKey, byte[]> store = new LinkedHashMap<>();
    public final List<String> hints = new ArrayList<>();
    public final List<PreimageKey> requests = new ArrayList<>();

    /** Stores {@code data} under its keccak256 key and returns the hash. */
    public Hash putKeccak(byte[] data) {
        Hash h = Keccak256.hash(data);
        store.put(PreimageKey.keccak256(h), data.clone());
        return h;
    }

    public void put(PreimageKey key, byte[] data) {
        store.put(key, data.clone());
    }

    @Override
    public byte[] get(PreimageKey key) {
        requests.add(key);
        byte[] v = store.get(key);
        if (v == null) throw new KeyNotFoundException(key);
        return v.clone();
    }

    @Override
    public void getExact(PreimageKey key, byte[] buffer) {
        byte[] v = get(key);
        if (v.length != buffer.length) throw new BufferLengthMismatchException(key, v.length, buffer.length);
        System.arraycopy(v, 0, buffer, 0, v.length);
    }

    @Override
    public void write(String hint) {
        hints.add(hint);
    }
}
