package io.kona4j.host.rpc;

/** The answer is not what the protocol promises: not JSON, wrong shape, bad hex, wrong id, or over the size limit. */
public final class MalformedResponseException extends RpcException {
    public MalformedResponseException(String endpoint, String message) {
        super(endpoint, message, null);
    }

    public MalformedResponseException(String endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
