package io.kona4j.protocol.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * A channel being assembled from frames (PROTOCOL.md §1.5, op-node {@code channel.go}). Frames may arrive in any
 * order before Holocene; with {@code requireInOrder} (the Holocene channel assembler) they must arrive as 0, 1, 2, ….
 *
 * <p>Reproduced quirk: when a closing frame arrives below the highest frame number seen, every buffered frame's size
 * is subtracted (not only the pruned ones), so the size effectively restarts from the closing frame.
 */
public final class Channel {
    private final ChannelId id;
    private final long openBlockNumber;
    private final boolean requireInOrder;
    private final Map<Integer, Frame> inputs = new HashMap<>();
    private long size;
    private boolean closed;
    private int highestFrameNumber;
    private int endFrameNumber;
    private long highestInclusionBlockNumber;

    public Channel(ChannelId id, long openBlockNumber, boolean requireInOrder) {
        this.id = id;
        this.openBlockNumber = openBlockNumber;
        this.requireInOrder = requireInOrder;
        this.highestInclusionBlockNumber = openBlockNumber;
    }

    public ChannelId id() {
        return id;
    }

    /** The L1 block in which the channel's first frame was seen; the timeout counts from it. */
    public long openBlockNumber() {
        return openBlockNumber;
    }

    public long highestInclusionBlockNumber() {
        return highestInclusionBlockNumber;
    }

    /** Σ (frame data + 200) of the counted frames; see the class comment for the quirk. */
    public long size() {
        return size;
    }

    public boolean isClosed() {
        return closed;
    }

    public int frameCount() {
        return inputs.size();
    }

    /**
     * Adds a frame seen in L1 block {@code inclusionBlockNumber}. Throws {@link ChannelException} (the frame is then
     * dropped and the channel unchanged) for a frame of another channel, a second closing frame, a duplicate number,
     * a number past the closing frame, or (in order mode) a gap.
     */
    public void addFrame(Frame frame, long inclusionBlockNumber) {
        if (!frame.channelId().equals(id)) {
            throw new ChannelException("frame of channel " + frame.channelId().toShortHex() + " offered to channel "
                    + id.toShortHex());
        }
        int n = frame.number();
        if (frame.isLast() && closed) {
            throw new ChannelException("closing frame " + n + " for channel " + id.toShortHex()
                    + ", which frame " + endFrameNumber + " already closed");
        }
        if (inputs.containsKey(n)) {
            throw new ChannelException("duplicate frame " + n + " of channel " + id.toShortHex());
        }
        if (closed && n >= endFrameNumber) {
            throw new ChannelException("frame " + n + " of channel " + id.toShortHex() + " is past its closing frame "
                    + endFrameNumber);
        }
        if (requireInOrder && n != inputs.size()) {
            throw new ChannelException("frame " + n + " of channel " + id.toShortHex() + " out of order: expected frame "
                    + inputs.size());
        }
        if (frame.isLast()) {
            endFrameNumber = n;
            closed = true;
        }
        if (frame.isLast() && endFrameNumber < highestFrameNumber) {
            inputs.entrySet().removeIf(e -> e.getKey() >= endFrameNumber);
            // op-node subtracts every buffered frame here, pruned or not; kona copies it. Consensus-relevant.
            size = 0;
            highestFrameNumber = endFrameNumber;
        }
        if (n > highestFrameNumber) highestFrameNumber = n;
        if (inclusionBlockNumber > highestInclusionBlockNumber) highestInclusionBlockNumber = inclusionBlockNumber;
        inputs.put(n, frame);
        size += frame.size();
    }

    /** Closed, and every frame from 0 to the closing frame is present. */
    public boolean isReady() {
        if (!closed || inputs.size() != endFrameNumber + 1) return false;
        for (int i = 0; i <= endFrameNumber; i++) {
            if (!inputs.containsKey(i)) return false;
        }
        return true;
    }

    /** The frames' data concatenated in frame order (only meaningful once {@link #isReady()}). */
    public byte[] data() {
        if (!isReady()) throw new ChannelException("channel " + id.toShortHex() + " is not complete");
        long n = 0;
        for (int i = 0; i <= endFrameNumber; i++) n += inputs.get(i).data().length;
        if (n > Integer.MAX_VALUE - 8) throw new ChannelException("channel " + id.toShortHex() + " holds " + n + " bytes");
        byte[] out = new byte[(int) n];
        int pos = 0;
        for (int i = 0; i <= endFrameNumber; i++) {
            byte[] d = inputs.get(i).data();
            System.arraycopy(d, 0, out, pos, d.length);
            pos += d.length;
        }
        return out;
    }
}
