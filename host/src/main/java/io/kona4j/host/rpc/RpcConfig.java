package io.kona4j.host.rpc;

import java.time.Duration;

/**
 * Limits for one endpoint. Every request is bounded: at most {@code maxAttempts} attempts of at most
 * {@code requestTimeout} each, separated by exponential backoff from {@code initialBackoff} up to {@code maxBackoff}
 * (or the server's {@code Retry-After}, capped the same way). Retries draw on a budget shared by all requests to the
 * endpoint: it starts at {@code retryBudget} tokens and each success earns back {@code retryBudgetRefill}, so a dead
 * endpoint cannot cause a storm of retries. At most {@code maxConcurrentRequests} are in flight and at most
 * {@code requestsPerSecond} start per second (0 = no rate limit). Response bodies over {@code maxResponseBytes} are
 * rejected.
 */
public record RpcConfig(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration initialBackoff,
                        Duration maxBackoff, int retryBudget, double retryBudgetRefill, int maxConcurrentRequests,
                        double requestsPerSecond, int maxResponseBytes) {
    public RpcConfig {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("connect timeout must be positive");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("request timeout must be positive");
        if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
        if (retryBudget < 0 || retryBudgetRefill < 0) throw new IllegalArgumentException("retry budget must not be negative");
        if (maxConcurrentRequests < 1) throw new IllegalArgumentException("at least one concurrent request");
        if (requestsPerSecond < 0) throw new IllegalArgumentException("requests per second must not be negative");
        if (maxResponseBytes < 1) throw new IllegalArgumentException("response limit must be positive");
    }

    /** Defaults for a node on a network: 30 s per request, 4 attempts, 16 in flight, 128 MiB answers. */
    public static RpcConfig defaults() {
        return new RpcConfig(Duration.ofSeconds(5), Duration.ofSeconds(30), 4, Duration.ofMillis(250), Duration.ofSeconds(8),
                32, 0.2, 16, 0, 128 * 1024 * 1024);
    }

    public RpcConfig withRequestTimeout(Duration d) {
        return new RpcConfig(connectTimeout, d, maxAttempts, initialBackoff, maxBackoff, retryBudget, retryBudgetRefill,
                maxConcurrentRequests, requestsPerSecond, maxResponseBytes);
    }

    public RpcConfig withRetries(int attempts, Duration initial, Duration max) {
        return new RpcConfig(connectTimeout, requestTimeout, attempts, initial, max, retryBudget, retryBudgetRefill,
                maxConcurrentRequests, requestsPerSecond, maxResponseBytes);
    }

    public RpcConfig withRetryBudget(int tokens, double refillPerSuccess) {
        return new RpcConfig(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, tokens,
                refillPerSuccess, maxConcurrentRequests, requestsPerSecond, maxResponseBytes);
    }

    public RpcConfig withConcurrency(int maxConcurrent, double perSecond) {
        return new RpcConfig(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, retryBudget,
                retryBudgetRefill, maxConcurrent, perSecond, maxResponseBytes);
    }

    public RpcConfig withMaxResponseBytes(int limit) {
        return new RpcConfig(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, retryBudget,
                retryBudgetRefill, maxConcurrentRequests, requestsPerSecond, limit);
    }

    /** The longest one request can take before it fails, retries and backoff included. */
    public Duration worstCaseDuration() {
        return requestTimeout.multipliedBy(maxAttempts).plus(maxBackoff.multipliedBy(maxAttempts - 1L));
    }
}
