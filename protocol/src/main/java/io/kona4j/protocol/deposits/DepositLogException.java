package io.kona4j.protocol.deposits;

import io.kona4j.protocol.ProtocolException;

/**
 * A {@code TransactionDeposited} log that does not follow the version-0 layout: wrong topic count, unknown version,
 * bad ABI framing or padding, opaque data too short. A critical derivation error in op-node and kona.
 */
public class DepositLogException extends ProtocolException {
    public DepositLogException(String message) {
        super(message);
    }
}
