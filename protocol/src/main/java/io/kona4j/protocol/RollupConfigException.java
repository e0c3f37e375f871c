package io.kona4j.protocol;

/** A rollup or L1 chain config that cannot be read or is inconsistent (missing field, bad value, unknown chain). */
public class RollupConfigException extends ProtocolException {
    public RollupConfigException(String message) {
        super(message);
    }

    public RollupConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
