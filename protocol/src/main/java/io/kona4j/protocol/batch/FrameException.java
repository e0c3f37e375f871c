package io.kona4j.protocol.batch;

/** Batcher transaction data or a frame that does not parse (PROTOCOL.md §1.4): the whole transaction is ignored. */
public final class FrameException extends BatchException {
    public FrameException(String message) {
        super(message);
    }
}
