package io.kona4j.host;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running counters of one host: hints received, preimages served to the client and their bytes, hint fetches made
 * against the data sources (and failed), and the preimages those fetches stored. Safe to read from another thread
 * while the host serves (progress reports).
 */
public final class HostStats {
    private final long startNanos = System.nanoTime();
    private final LongAdder hints = new LongAdder();
    private final LongAdder served = new LongAdder();
    private final LongAdder servedBytes = new LongAdder();
    private final LongAdder fetches = new LongAdder();
    private final LongAdder fetchFailures = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final LongAdder storedBytes = new LongAdder();

    public void hintReceived() {
        hints.increment();
    }

    public void preimageServed(int bytes) {
        served.increment();
        servedBytes.add(bytes);
    }

    public void fetched(boolean ok) {
        fetches.increment();
        if (!ok) fetchFailures.increment();
    }

    public void preimageStored(int bytes) {
        stored.increment();
        storedBytes.add(bytes);
    }

    public long hints() {
        return hints.sum();
    }

    public long served() {
        return served.sum();
    }

    public long servedBytes() {
        return servedBytes.sum();
    }

    public long fetches() {
        return fetches.sum();
    }

    public long fetchFailures() {
        return fetchFailures.sum();
    }

    public long stored() {
        return stored.sum();
    }

    public long storedBytes() {
        return storedBytes.sum();
    }

    /** Seconds since these counters were created. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
