package io.kona4j.preimage;

import io.kona4j.primitives.Bytes;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The client side of the preimage channel (Kona's {@code OracleReader}): write the 32-byte key, read a u64 BE length
 * and that many bytes (PROTOCOL.md §4). Unlike Kona it checks keccak256 and sha256 preimages against their keys
 * before returning them, and refuses lengths over a limit instead of allocating them.
 */
public final class OracleReader implements PreimageOracleClient {
    /** Default largest preimage accepted: far above any header, trie node, code or config the program reads. */
    public static final int DEFAULT_MAX_PREIMAGE_LENGTH = 16 * 1024 * 1024;
    private static final int DRAIN_CHUNK = 8192;

    private final Channel channel;
    private final int maxLength;
    private final ReentrantLock lock = new ReentrantLock();
    private final byte[] lengthBuffer = new byte[8];

    public OracleReader(Channel channel) {
        this(channel, DEFAULT_MAX_PREIMAGE_LENGTH);
    }

    public OracleReader(Channel channel, int maxLength) {
        if (maxLength < 0) throw new IllegalArgumentException("maximum preimage length must not be negative");
        this.channel = channel;
        this.maxLength = maxLength;
    }

    @Override
    public byte[] get(PreimageKey key) {
        lock.lock();
        try {
            int length = requestLength(key);
            byte[] data = Framing.readPayload(channel, length);
            key.checkPreimage(data);
            return data;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void getExact(PreimageKey key, byte[] buffer) {
        lock.lock();
        try {
            int length = requestLength(key);
            if (length != buffer.length) {
                drain(length);
                throw new BufferLengthMismatchException(key, length, buffer.length);
            }
            channel.readExact(buffer, 0, length);
            key.checkPreimage(buffer);
        } finally {
            lock.unlock();
        }
    }

    /** Sends the key and reads the length prefix, which must be within the limit. */
    private int requestLength(PreimageKey key) {
        channel.write(key.unsafeBytes(), 0, PreimageKey.SIZE);
        channel.readExact(lengthBuffer, 0, 8);
        long length = Bytes.readLongBE(lengthBuffer, 0);
        if (length < 0 || length > maxLength) {
            channel.close();
            throw new LengthLimitExceededException("preimage for key " + key, length, maxLength);
        }
        return (int) length;
    }

    /** Consumes a preimage of the wrong size so the stream stays framed for the next request. */
    private void drain(int length) {
        byte[] sink = new byte[Math.min(length, DRAIN_CHUNK)];
        int left = length;
        while (left > 0) {
            left -= channel.read(sink, 0, Math.min(left, sink.length));
        }
    }
}
