package io.kona4j.protocol.batch;

/**
 * Root of the batch codecs' errors. Each subtype names the layer that rejected the input, and the message says which
 * item and which limit, so an operator can find the offending batcher transaction.
 */
public abstract sealed class BatchException extends RuntimeException
        permits FrameException, ChannelException, BatchFormatException, BlobException {
    BatchException(String message) {
        super(message);
    }

    BatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
