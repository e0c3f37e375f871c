package io.kona4j.host.backend;

import java.time.Duration;

/**
 * How long an online host keeps re-fetching the last hint for a key it does not have: at most {@code maxAttempts}
 * fetches, sleeping {@code initialBackoff} doubling up to {@code maxBackoff} after a failed one, and never starting a
 * fetch after {@code deadline} has passed since the request arrived (kona-host: 100 attempts, 100 ms to 5 s, 30 s).
 */
public record RefetchPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {
    public RefetchPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("at least one fetch attempt, got " + maxAttempts);
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || deadline.isNegative()) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= initial <= max and the deadline be positive");
        }
    }

    /** Eight attempts, 100 ms doubling to 5 s, within 60 s (the RPC layer retries each call on its own as well). */
    public static RefetchPolicy defaults() {
        return new RefetchPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** The pause after failed attempt {@code attempt} (0-based). */
    Duration backoff(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
