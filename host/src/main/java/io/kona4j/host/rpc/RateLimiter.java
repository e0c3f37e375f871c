package io.kona4j.host.rpc;

import java.util.concurrent.locks.ReentrantLock;

/** Spaces request starts at least {@code 1/perSecond} apart (a leaky bucket without burst). */
final class RateLimiter {
    private final long intervalNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private long nextStart;

    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1e9 / perSecond);
        this.nextStart = System.nanoTime();
    }

    /** Blocks until this caller may start. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) return;
        long wait;
        lock.lock();
        try {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            nextStart = start + intervalNanos;
            wait = start - now;
        } finally {
            lock.unlock();
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
