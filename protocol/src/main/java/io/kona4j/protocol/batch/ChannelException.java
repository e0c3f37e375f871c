package io.kona4j.protocol.batch;

/**
 * A frame a channel refuses (duplicate, after the closing frame, over a size limit), or channel data that does not
 * decompress within its bounds (PROTOCOL.md §1.5–1.7).
 */
public final class ChannelException extends BatchException {
    public ChannelException(String message) {
        super(message);
    }

    public ChannelException(String message, Throwable cause) {
        super(message, cause);
    }
}
