package io.kona4j.host.rpc;

/** A non-2xx status other than 429; 5xx is retried, 4xx is not (the request itself is wrong or unsupported). */
public final class HttpStatusException extends RpcException {
    private final int status;

    public HttpStatusException(String endpoint, int status, String message) {
        super(endpoint, message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }

    @Override
    public boolean retryable() {
        return status >= 500;
    }
}
