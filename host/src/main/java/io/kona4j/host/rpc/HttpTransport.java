package io.kona4j.host.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends HTTP requests to one endpoint under an {@link RpcConfig}: a concurrency permit and a rate-limit slot per
 * attempt, a hard per-attempt deadline (the future is cancelled when it passes, so a server that stalls mid-body
 * cannot hang us), bounded retries of transient failures with jittered exponential backoff drawn from a shared budget.
 */
final class HttpTransport implements AutoCloseable {
    private final URI endpoint;
    private final RpcConfig config;
    private final HttpClient client;
    private final Semaphore permits;
    private final RateLimiter rateLimiter;
    private final RetryBudget budget;
    private final LimitedBody bodyHandler;

    HttpTransport(URI endpoint, RpcConfig config) {
        this.endpoint = endpoint;
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.permits = new Semaphore(config.maxConcurrentRequests(), true);
        this.rateLimiter = new RateLimiter(config.requestsPerSecond());
        this.budget = new RetryBudget(config.retryBudget(), config.retryBudgetRefill());
        this.bodyHandler = new LimitedBody(config.maxResponseBytes());
    }

    URI endpoint() {
        return endpoint;
    }

    byte[] post(URI uri, byte[] body, String what) {
        return execute(HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), what);
    }

    byte[] get(URI uri, String what) {
        return execute(HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Accept", "application/json").GET().build(), what);
    }

    private byte[] execute(HttpRequest request, String what) {
        RpcException last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            if (last != null) {
                if (!budget.tryWithdraw()) {
                    last.gaveUp(attempt - 1, "retry budget of " + endpoint + " exhausted after " + (attempt - 1) + " attempt(s)");
                    throw last;
                }
                sleep(backoff(attempt, last), last);
            }
            try {
                byte[] body = once(request, what);
                budget.deposit();
                return body;
            } catch (RpcException e) {
                if (!e.retryable()) {
                    e.gaveUp(attempt, attempt == 1 ? "" : "on attempt " + attempt);
                    throw e;
                }
                last = e;
            }
        }
        last.gaveUp(config.maxAttempts(), "gave up after " + config.maxAttempts() + " attempt(s)");
        throw last;
    }

    private byte[] once(HttpRequest request, String what) {
        String url = request.uri().toString();
        long timeoutMs = config.requestTimeout().toMillis();
        try {
            if (!permits.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS)) {
                throw new RpcTimeoutException(url, what + ": no free request slot for " + url + " within " + timeoutMs
                        + " ms (" + config.maxConcurrentRequests() + " in flight)", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointUnavailableException(url, what + ": interrupted while waiting for " + url, e);
        }
        try {
            rateLimiter.acquire();
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, bodyHandler);
            HttpResponse<byte[]> response;
            try {
                response = future.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new RpcTimeoutException(url, what + ": " + url + " did not answer within " + timeoutMs + " ms", e);
            } catch (ExecutionException e) {
                throw translate(url, what, e.getCause());
            }
            return checkStatus(url, what, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointUnavailableException(url, what + ": interrupted while talking to " + url, e);
        } finally {
            permits.release();
        }
    }

    private static RpcException translate(String url, String what, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new EndpointUnavailableException(url, what + ": cannot connect to " + url + " (connect timed out)", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new RpcTimeoutException(url, what + ": " + url + " did not answer in time", cause);
        }
        if (cause instanceof LimitedBody.TooLargeException) {
            return new MalformedResponseException(url, what + ": " + cause.getMessage() + " from " + url, cause);
        }
        if (cause instanceof ConnectException) {
            return new EndpointUnavailableException(url, what + ": cannot connect to " + url + ": " + describe(cause), cause);
        }
        if (cause instanceof IOException) {
            return new EndpointUnavailableException(url, what + ": connection to " + url + " failed: " + describe(cause), cause);
        }
        return new EndpointUnavailableException(url, what + ": request to " + url + " failed: " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static byte[] checkStatus(String url, String what, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) return response.body();
        String snippet = snippet(response.body());
        if (status == 429) {
            Duration retryAfter = response.headers().firstValue("retry-after").map(HttpTransport::parseRetryAfter)
                    .orElse(Duration.ZERO);
            return throwing(new RateLimitedException(url, what + ": " + url + " is rate limiting (HTTP 429)" + snippet,
                    retryAfter));
        }
        return throwing(new HttpStatusException(url, status, what + ": " + url + " answered HTTP " + status + snippet));
    }

    private static byte[] throwing(RpcException e) {
        throw e;
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) return "";
        String s = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? "" : ": " + s;
    }

    private static Duration parseRetryAfter(String v) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private Duration backoff(int attempt, RpcException last) {
        long base = config.initialBackoff().toMillis() << Math.min(attempt - 2, 20);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        long wanted = last instanceof RateLimitedException r ? Math.max(jittered, r.retryAfter().toMillis()) : jittered;
        return Duration.ofMillis(Math.min(wanted, config.maxBackoff().toMillis()));
    }

    private static void sleep(Duration d, RpcException last) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
