package io.kona4j.driver;

/**
 * The payload attributes cannot make a valid block (a transaction is invalid, the block is over its gas limit). Only
 * this error lets the driver drop the block (before Holocene) or retry it deposit-only (Holocene): any other executor
 * failure, such as a witness the oracle could not serve or served wrongly, stops the driver.
 */
public final class InvalidPayloadException extends RuntimeException {
    public InvalidPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
