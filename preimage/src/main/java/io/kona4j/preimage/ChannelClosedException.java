package io.kona4j.preimage;

/**
 * The other side went away: end of stream, a closed or broken pipe, or any other I/O failure of a channel. A server
 * loop ends cleanly on it (as Kona's does on its {@code IOError}).
 */
public final class ChannelClosedException extends PreimageException {
    public ChannelClosedException(String message) {
        super(message);
    }

    public ChannelClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
