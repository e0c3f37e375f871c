package io.kona4j.preimage;

import io.kona4j.primitives.Bytes;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The client side of the hint channel (Kona's {@code HintWriter}): write u32 BE length ‖ UTF-8 hint, then read the
 * host's one-byte acknowledgement (PROTOCOL.md §4). As in Kona, the ack's value is not interpreted.
 */
public final class HintWriter implements HintWriterClient {
    private final Channel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private final byte[] ack = new byte[1];

    public HintWriter(Channel channel) {
        this.channel = channel;
    }

    @Override
    public void write(String hint) {
        byte[] text = hint.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[4 + text.length];
        Bytes.writeIntBE(text.length, frame, 0);
        System.arraycopy(text, 0, frame, 4, text.length);
        lock.lock();
        try {
            channel.write(frame, 0, frame.length);
            channel.readExact(ack, 0, 1);
        } finally {
            lock.unlock();
        }
    }
}
