package io.kona4j.protocol.info;

import io.kona4j.protocol.ProtocolException;

/** L1-info calldata that is not one of the four known layouts: unknown selector, wrong length, non-zero padding. */
public class L1InfoDecodeException extends ProtocolException {
    public L1InfoDecodeException(String message) {
        super(message);
    }
}
