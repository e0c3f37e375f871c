package io.kona4j.proof;

import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test oracle over a map that counts requests and records hints. */
final class MapOracle implements CommsClient {
    final Map<PreimageKey, byte[]> store = new HashMap<>();
    final List<String> hints = new ArrayList<>();
    int requests;

    @Override
    public byte[] get(PreimageKey key) {
        requests++;
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
