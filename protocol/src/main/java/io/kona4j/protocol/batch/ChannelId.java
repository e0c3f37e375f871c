package io.kona4j.protocol.batch;

import io.kona4j.primitives.Hex;
import java.util.Arrays;

/** The 16-byte identifier a batcher picks for a channel; compared by value. */
public final class ChannelId {
    public static final int SIZE = 16;

    private final byte[] bytes;
    private final int hash;

    private ChannelId(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static ChannelId of(byte[] bytes) {
        if (bytes.length != SIZE) throw new FrameException("a channel id is 16 bytes, got " + bytes.length);
        return new ChannelId(bytes.clone());
    }

    static ChannelId of(byte[] src, int offset) {
        return new ChannelId(Arrays.copyOfRange(src, offset, offset + SIZE));
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    void copyTo(byte[] out, int offset) {
        System.arraycopy(bytes, 0, out, offset, SIZE);
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    /** The first bytes, for messages: {@code 0x1a2b3c4d…}. */
    public String toShortHex() {
        return "0x" + Hex.encodeNoPrefix(bytes, 0, 4) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelId c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return toHex();
    }
}
