package io.kona4j.host.rpc;

import java.time.Duration;

/** HTTP 429: the endpoint asks us to slow down, possibly saying for how long ({@code Retry-After}). */
public final class RateLimitedException extends RpcException {
    private final Duration retryAfter;

    public RateLimitedException(String endpoint, String message, Duration retryAfter) {
        super(endpoint, message, null);
        this.retryAfter = retryAfter;
    }

    /** The endpoint's {@code Retry-After}, or zero if it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
