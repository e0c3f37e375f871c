package io.kona4j.driver;

/**
 * The driver cannot reach its target: the pipeline failed critically, a deposit-only block failed to execute, or the
 * executor failed for a reason other than an invalid payload (missing or bad witness data). Never recovered from.
 */
public class DriverException extends RuntimeException {
    public DriverException(String message) {
        super(message);
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
