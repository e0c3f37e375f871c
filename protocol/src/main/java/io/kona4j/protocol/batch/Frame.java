package io.kona4j.protocol.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One frame of a channel (PROTOCOL.md §1.4): {@code channel_id bytes16 ‖ frame_number u16 ‖ frame_data_length u32 ‖
 * frame_data ‖ is_last u8}. Batcher transaction data is {@code version_byte ‖ frame+}; only version 0 is defined.
 *
 * @param data owned by the frame: do not modify
 */
public record Frame(ChannelId channelId, int number, byte[] data, boolean isLast) {
    /** The only batcher transaction data version (1 is alt-DA, unused on OP and Base). */
    public static final int DERIVATION_VERSION_0 = 0;
    /** op-node's {@code MaxFrameLen}: the largest frame_data_length accepted. */
    public static final int MAX_FRAME_LEN = 1_000_000;
    /** Fixed bytes of a frame around its data. */
    public static final int FRAME_HEADER_AND_FOOTER = ChannelId.SIZE + 2 + 4 + 1;
    /** Bytes charged per frame, on top of its data, when a channel's size is accounted. */
    public static final int FRAME_OVERHEAD = 200;

    public Frame {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(data, "data");
        if (number < 0 || number > 0xFFFF) throw new FrameException("frame number " + number + " does not fit in 16 bits");
        if (data.length > MAX_FRAME_LEN) {
            throw new FrameException("frame " + number + " of channel " + channelId.toShortHex() + " holds "
                    + String.format("%,d", data.length) + " bytes, over the " + String.format("%,d", MAX_FRAME_LEN)
                    + " limit");
        }
    }

    /** The size the channel bank and assembler charge for this frame: data length + 200. */
    public int size() {
        return data.length + FRAME_OVERHEAD;
    }

    /** Parses the frames of batcher transaction data; any malformed frame rejects the whole data. */
    public static List<Frame> parseFrames(byte[] txData) {
        if (txData.length == 0) throw new FrameException("batcher transaction data is empty");
        if (txData[0] != DERIVATION_VERSION_0) {
            throw new FrameException(String.format("batcher transaction data has version byte 0x%02x, only 0x00 is known",
                    txData[0] & 0xff));
        }
        List<Frame> frames = new ArrayList<>();
        int pos = 1;
        while (pos < txData.length) {
            int[] next = new int[1];
            frames.add(decode(txData, pos, next, frames.size()));
            pos = next[0];
        }
        if (frames.isEmpty()) throw new FrameException("batcher transaction data holds a version byte but no frame");
        return frames;
    }

    /** Decodes exactly one frame spanning the whole input. */
    public static Frame decode(byte[] encoded) {
        int[] next = new int[1];
        Frame f = decode(encoded, 0, next, 0);
        if (next[0] != encoded.length) {
            throw new FrameException((encoded.length - next[0]) + " trailing byte(s) after frame " + f.number);
        }
        return f;
    }

    private static Frame decode(byte[] b, int pos, int[] next, int index) {
        int left = b.length - pos;
        if (left < FRAME_HEADER_AND_FOOTER - 1) {
            throw new FrameException("frame #" + index + " in the batcher data is truncated: " + left
                    + " bytes left, a frame header needs 22");
        }
        ChannelId id = ChannelId.of(b, pos);
        int number = ((b[pos + 16] & 0xff) << 8) | (b[pos + 17] & 0xff);
        long length = ((long) (b[pos + 18] & 0xff) << 24) | ((b[pos + 19] & 0xff) << 16) | ((b[pos + 20] & 0xff) << 8)
                | (b[pos + 21] & 0xff);
        if (length > MAX_FRAME_LEN) {
            throw new FrameException("frame " + number + " of channel " + id.toShortHex() + " declares "
                    + String.format("%,d", length) + " bytes, over the " + String.format("%,d", MAX_FRAME_LEN) + " limit");
        }
        int dataStart = pos + 22;
        if (length + 1 > b.length - dataStart) {
            throw new FrameException("frame " + number + " of channel " + id.toShortHex() + " declares "
                    + String.format("%,d", length) + " bytes of data but only " + Math.max(0, b.length - dataStart - 1)
                    + " remain before its is_last byte");
        }
        int end = dataStart + (int) length;
        int last = b[end] & 0xff;
        if (last > 1) {
            throw new FrameException(String.format("frame %d of channel %s has is_last byte 0x%02x, must be 0 or 1", number,
                    id.toShortHex(), last));
        }
        next[0] = end + 1;
        return new Frame(id, number, Arrays.copyOfRange(b, dataStart, end), last == 1);
    }

    /** The frame's wire encoding. */
    public byte[] encode() {
        byte[] out = new byte[FRAME_HEADER_AND_FOOTER + data.length];
        writeTo(out, 0);
        return out;
    }

    private int writeTo(byte[] out, int pos) {
        channelId.copyTo(out, pos);
        out[pos + 16] = (byte) (number >>> 8);
        out[pos + 17] = (byte) number;
        out[pos + 18] = (byte) (data.length >>> 24);
        out[pos + 19] = (byte) (data.length >>> 16);
        out[pos + 20] = (byte) (data.length >>> 8);
        out[pos + 21] = (byte) data.length;
        System.arraycopy(data, 0, out, pos + 22, data.length);
        out[pos + 22 + data.length] = (byte) (isLast ? 1 : 0);
        return pos + FRAME_HEADER_AND_FOOTER + data.length;
    }

    /** Batcher transaction data carrying {@code frames}: {@code 0x00 ‖ frame+}. */
    public static byte[] toBatcherData(List<Frame> frames) {
        if (frames.isEmpty()) throw new FrameException("batcher transaction data needs at least one frame");
        long n = 1;
        for (Frame f : frames) n += FRAME_HEADER_AND_FOOTER + f.data.length;
        if (n > Integer.MAX_VALUE - 8) throw new FrameException("batcher transaction data of " + n + " bytes is too large");
        byte[] out = new byte[(int) n];
        out[0] = DERIVATION_VERSION_0;
        int pos = 1;
        for (Frame f : frames) pos = f.writeTo(out, pos);
        return out;
    }

    /**
     * Splits channel data into frames of at most {@code maxDataPerFrame} bytes each, numbered from 0, the last one
     * closing the channel. Empty channel data gives one empty closing frame.
     */
    public static List<Frame> split(ChannelId id, byte[] channelData, int maxDataPerFrame) {
        if (maxDataPerFrame < 1 || maxDataPerFrame > MAX_FRAME_LEN) {
            throw new FrameException("frame data size " + maxDataPerFrame + " must be within 1.." + MAX_FRAME_LEN);
        }
        List<Frame> frames = new ArrayList<>();
        int pos = 0;
        do {
            int n = Math.min(maxDataPerFrame, channelData.length - pos);
            boolean last = pos + n == channelData.length;
            frames.add(new Frame(id, frames.size(), Arrays.copyOfRange(channelData, pos, pos + n), last));
            pos += n;
        } while (pos < channelData.length);
        return frames;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.channelId.equals(channelId) && f.number == number && f.isLast == isLast
                && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return channelId.hashCode() * 31 + number * 7 + Arrays.hashCode(data) + (isLast ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Frame[channel=" + channelId.toShortHex() + ", number=" + number + ", " + data.length + " bytes"
                + (isLast ? ", last" : "") + "]";
    }
}
