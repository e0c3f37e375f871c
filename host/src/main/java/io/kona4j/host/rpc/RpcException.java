package io.kona4j.host.rpc;

import io.kona4j.host.HostException;

/**
 * An endpoint failed to answer a request usefully. Subclasses say how; {@link #retryable()} says whether asking again
 * may help. Once the transport gives up it records how many attempts were made, which the message then includes.
 */
public abstract class RpcException extends HostException {
    private final String endpoint;
    private int attempts = 1;
    private String gaveUp = "";

    protected RpcException(String endpoint, String message, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
    }

    /** The URL asked. */
    public String endpoint() {
        return endpoint;
    }

    /** Whether the failure may be transient (timeouts, dead connections, 429, 5xx). */
    public abstract boolean retryable();

    /** How many attempts the transport made before giving up with this error. */
    public int attempts() {
        return attempts;
    }

    void gaveUp(int attempts, String reason) {
        this.attempts = attempts;
        this.gaveUp = reason;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + (gaveUp.isEmpty() ? "" : " (" + gaveUp + ")");
    }
}
