package io.kona4j.primitives;

/** Root of the primitives module's errors: malformed hex, RLP or fixed-size values. */
public class PrimitivesException extends RuntimeException {
    public PrimitivesException(String message) {
        super(message);
    }

    public PrimitivesException(String message, Throwable cause) {
        super(message, cause);
    }
}
