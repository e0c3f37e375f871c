package io.kona4j.crypto;

/** Root of the crypto module's errors: malformed keys, signatures, points or encodings. */
public class CryptoException extends RuntimeException {
    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
