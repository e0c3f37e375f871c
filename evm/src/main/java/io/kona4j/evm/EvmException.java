package io.kona4j.evm;

/** Base of the EVM module's errors: bad configuration or input the EVM cannot run. */
public class EvmException extends RuntimeException {
    public EvmException(String message) {
        super(message);
    }

    public EvmException(String message, Throwable cause) {
        super(message, cause);
    }
}
