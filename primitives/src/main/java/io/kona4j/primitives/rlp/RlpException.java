package io.kona4j.primitives.rlp;

import io.kona4j.primitives.PrimitivesException;

/** Input that is not canonical RLP, or not the shape a decoder expected. */
public final class RlpException extends PrimitivesException {
    public RlpException(String message) {
        super(message);
    }
}
