package io.kona4j.host.rpc;

/** The endpoint could not be reached: connection refused or reset, DNS failure, closed before answering. */
public final class EndpointUnavailableException extends RpcException {
    public EndpointUnavailableException(String endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
