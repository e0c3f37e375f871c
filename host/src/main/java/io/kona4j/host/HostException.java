package io.kona4j.host;

/** Root of the host module's errors. */
public class HostException extends RuntimeException {
    public HostException(String message) {
        super(message);
    }

    public HostException(String message, Throwable cause) {
        super(message, cause);
    }
}
