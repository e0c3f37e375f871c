package io.kona4j.preimage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Channel} over an input and an output stream: file descriptors and named pipes (opened as NIO file channels,
 * so that {@link #close()} wakes a thread blocked in a read), or a child process's stdout/stdin pipes.
 */
public final class StreamChannel implements Channel {
    private final String name;
    private final InputStream in;
    private final OutputStream out;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StreamChannel(String name, InputStream in, OutputStream out) {
        this.name = name;
        this.in = in;
        this.out = out;
    }

    /** A channel over streams the caller hands over; {@link #close()} closes both. */
    public static StreamChannel of(String name, InputStream in, OutputStream out) {
        return new StreamChannel(name, in, out);
    }

    /** The pipes to a child process: read its stdout, write its stdin. */
    public static StreamChannel ofProcess(Process process) {
        return new StreamChannel("process " + process.pid(), process.getInputStream(), process.getOutputStream());
    }

    /**
     * Opens {@code readPath} for reading, then {@code writePath} for writing (files, named pipes,
     * {@code /proc/self/fd/N}). Opening a named pipe blocks until the other side opens it too, so the two sides must
     * open their ends in the same order; {@link #openWriteFirst} is the mirror image.
     */
    public static StreamChannel open(Path readPath, Path writePath) {
        return open(readPath, writePath, false);
    }

    /** As {@link #open} but opens {@code writePath} first, for a peer that opens its read end first. */
    public static StreamChannel openWriteFirst(Path readPath, Path writePath) {
        return open(readPath, writePath, true);
    }

    private static StreamChannel open(Path readPath, Path writePath, boolean writeFirst) {
        FileChannel first = null;
        try {
            first = FileChannel.open(writeFirst ? writePath : readPath,
                    writeFirst ? StandardOpenOption.WRITE : StandardOpenOption.READ);
            FileChannel second = FileChannel.open(writeFirst ? readPath : writePath,
                    writeFirst ? StandardOpenOption.READ : StandardOpenOption.WRITE);
            FileChannel r = writeFirst ? second : first;
            FileChannel w = writeFirst ? first : second;
            return new StreamChannel(readPath + " / " + writePath, Channels.newInputStream(r), Channels.newOutputStream(w));
        } catch (IOException | RuntimeException e) {
            if (first != null) {
                try {
                    first.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new ChannelClosedException("cannot open channel " + readPath + " / " + writePath + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) return 0;
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            throw new ChannelClosedException("reading channel " + name + " failed: " + e.getMessage(), e);
        }
        if (n < 0) throw new ChannelClosedException("channel " + name + " reached end of stream");
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
        try {
            out.write(buffer, offset, length);
            out.flush();
        } catch (IOException e) {
            throw new ChannelClosedException("writing channel " + name + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // the peer may already be gone; closing is best effort
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // as above
        }
    }

    @Override
    public String toString() {
        return "StreamChannel[" + name + "]";
    }
}
