package io.kona4j.proof;

import io.kona4j.preimage.BufferLengthMismatchException;
import io.kona4j.preimage.CommsClient;
import io.kona4j.preimage.HintWriterClient;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded least-recently-used cache in front of the oracle (Kona's {@code CachingOracle}, 1024 entries in its
 * single-chain client). Preimages are immutable, so a hit is always right; hints always go through, since the host
 * may need them for keys not yet cached. Values are copied in and out, so callers may modify what they get.
 */
public final class CachingOracle implements CommsClient {
    /** Kona's client capacity. */
    public static final int DEFAULT_CAPACITY = 1024;

    private final PreimageOracleClient oracle;
    private final HintWriterClient hints;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<PreimageKey, byte[]> cache;
    private long hits;
    private long misses;

    public CachingOracle(int capacity, PreimageOracleClient oracle, HintWriterClient hints) {
        if (capacity < 1) throw new IllegalArgumentException("cache capacity must be positive, got " + capacity);
        this.oracle = oracle;
        this.hints = hints;
        this.cache = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PreimageKey, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    public CachingOracle(PreimageOracleClient oracle, HintWriterClient hints) {
        this(DEFAULT_CAPACITY, oracle, hints);
    }

    @Override
    public byte[] get(PreimageKey key) {
        return fetch(key).clone();
    }

    @Override
    public void getExact(PreimageKey key, byte[] buffer) {
        byte[] v = fetch(key);
        if (v.length != buffer.length) throw new BufferLengthMismatchException(key, v.length, buffer.length);
        System.arraycopy(v, 0, buffer, 0, v.length);
    }

    @Override
    public void write(String hint) {
        hints.write(hint);
    }

    /** Drops every cached preimage (Kona's {@code FlushableCache}). */
    public void flush() {
        lock.lock();
        try {
            cache.clear();
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return cache.size();
        } finally {
            lock.unlock();
        }
    }

    public long hits() {
        lock.lock();
        try {
            return hits;
        } finally {
            lock.unlock();
        }
    }

    public long misses() {
        lock.lock();
        try {
            return misses;
        } finally {
            lock.unlock();
        }
    }

    /** The cached array (never handed out) or one fetched from the oracle; the fetch runs outside the lock. */
    private byte[] fetch(PreimageKey key) {
        lock.lock();
        try {
            byte[] v = cache.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        } finally {
            lock.unlock();
        }
        byte[] fetched = oracle.get(key);
        lock.lock();
        try {
            cache.put(key, fetched);
        } finally {
            lock.unlock();
        }
        return fetched;
    }
}
