package io.kona4j.host.rpc;

/** No complete answer within the per-request timeout (or no free request slot within it). */
public final class RpcTimeoutException extends RpcException {
    public RpcTimeoutException(String endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
