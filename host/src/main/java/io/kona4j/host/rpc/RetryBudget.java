package io.kona4j.host.rpc;

import java.util.concurrent.locks.ReentrantLock;

/** Tokens for retries shared by all requests to one endpoint; successes earn a fraction of a token back. */
final class RetryBudget {
    private final double cap;
    private final double refill;
    private final ReentrantLock lock = new ReentrantLock();
    private double tokens;

    RetryBudget(int cap, double refill) {
        this.cap = cap;
        this.refill = refill;
        this.tokens = cap;
    }

    boolean tryWithdraw() {
        lock.lock();
        try {
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void deposit() {
        lock.lock();
        try {
            tokens = Math.min(cap, tokens + refill);
        } finally {
            lock.unlock();
        }
    }
}
