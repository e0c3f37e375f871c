package io.kona4j.preimage;

import java.util.Arrays;

/**
 * Reads a length-prefixed payload without trusting the prefix for allocation: small payloads are read directly,
 * large ones into a buffer that grows only as bytes actually arrive, so a lying prefix under the limit costs at most
 * twice what the peer really sent.
 */
final class Framing {
    /** Payloads up to this size are allocated at once. */
    static final int DIRECT_LIMIT = 64 * 1024;

    private Framing() {}

    static byte[] readPayload(Channel channel, int length) {
        if (length <= DIRECT_LIMIT) {
            byte[] b = new byte[length];
            channel.readExact(b, 0, length);
            return b;
        }
        byte[] buf = new byte[DIRECT_LIMIT];
        int filled = 0;
        while (filled < length) {
            if (filled == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(length, 2L * buf.length));
            filled += channel.read(buf, filled, buf.length - filled);
        }
        return buf;
    }
}
