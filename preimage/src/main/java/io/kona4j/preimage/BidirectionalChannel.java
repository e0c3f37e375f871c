package io.kona4j.preimage;

/**
 * Two connected in-memory channel ends (Kona's {@code BidirectionalChannel}): what the client writes the host reads
 * and the other way round. Used for native mode (client and host in one process) and tests. Each direction buffers
 * up to {@code capacity} bytes and then blocks the writer, as an OS pipe does.
 */
public final class BidirectionalChannel {
    /** Default per-direction buffer: the Linux pipe capacity. */
    public static final int DEFAULT_CAPACITY = 64 * 1024;

    private final Channel client;
    private final Channel host;

    private BidirectionalChannel(String name, int capacity) {
        MemoryPipe toHost = new MemoryPipe(name + " client→host", capacity);
        MemoryPipe toClient = new MemoryPipe(name + " host→client", capacity);
        this.client = new End(toClient, toHost);
        this.host = new End(toHost, toClient);
    }

    public static BidirectionalChannel create(String name) {
        return new BidirectionalChannel(name, DEFAULT_CAPACITY);
    }

    public static BidirectionalChannel create(String name, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("pipe capacity must be positive, got " + capacity);
        return new BidirectionalChannel(name, capacity);
    }

    /** The client program's end. */
    public Channel client() {
        return client;
    }

    /** The host's end. */
    public Channel host() {
        return host;
    }

    private record End(MemoryPipe in, MemoryPipe out) implements Channel {
        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            out.write(buffer, offset, length);
        }

        @Override
        public void close() {
            out.closeWriter();
            in.closeReader();
        }
    }
}
