package io.kona4j.protocol;

/**
 * The root of the protocol module's errors: malformed rollup configs, L1-info calldata, deposit and
 * system-config logs. Subclasses name the kind; messages say what was wrong and where.
 */
public class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
