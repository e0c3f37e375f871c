package io.kona4j.preimage;

/**
 * A bidirectional byte stream between client and host: one FPVM channel pair (hints on fds 3/4, preimages on 5/6),
 * an OS pipe pair, or an in-memory pipe. Every failure, end of stream included, is a {@link ChannelClosedException}.
 */
public interface Channel extends AutoCloseable {
    /** Reads at least one and at most {@code length} bytes, blocking until some arrive. */
    int read(byte[] buffer, int offset, int length);

    /** Writes all {@code length} bytes and makes them visible to the reader. */
    void write(byte[] buffer, int offset, int length);

    /** Closes both directions; a reader blocked on the other end sees end of stream. Idempotent. */
    @Override
    void close();

    /** Reads exactly {@code length} bytes; a short stream is a {@link ChannelClosedException}. */
    default void readExact(byte[] buffer, int offset, int length) {
        int done = 0;
        while (done < length) {
            done += read(buffer, offset + done, length - done);
        }
    }

    default void write(byte[] buffer) {
        write(buffer, 0, buffer.length);
    }
}
