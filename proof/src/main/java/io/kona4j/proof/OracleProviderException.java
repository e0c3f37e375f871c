package io.kona4j.proof;

/**
 * Data from the oracle could not be used (Kona's {@code OracleProviderError}): the oracle failed, or a preimage has
 * the wrong shape for what it should be (a boot input of the wrong length, an undecodable config).
 */
public final class OracleProviderException extends ProofException {
    public OracleProviderException(String message) {
        super(message);
    }

    public OracleProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
