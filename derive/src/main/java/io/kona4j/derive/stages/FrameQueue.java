package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.FrameException;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame queue (PROTOCOL.md §1.4, §1.6): parses each batcher transaction's frames (a malformed one drops the whole
 * transaction) and, once Holocene is active at the origin, prunes the buffered frames to in-order, contiguous runs.
 */
public final class FrameQueue implements NextFrameProvider {
    private static final System.Logger LOG = System.getLogger(FrameQueue.class.getName());

    private final FrameQueueProvider prev;
    private final RollupConfig config;
    private final List<Frame> frames = new ArrayList<>();
    private int head;

    public FrameQueue(FrameQueueProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
    }

    @Override
    public Frame nextFrame() {
        if (head == frames.size()) loadNextFrames();
        if (head == frames.size()) throw PipelineException.notEnoughData();
        Frame f = frames.get(head++);
        if (head == frames.size()) {
            frames.clear();
            head = 0;
        }
        return f;
    }

    private void loadNextFrames() {
        byte[] data = prev.nextData();
        try {
            frames.addAll(Frame.parseFrames(data));
        } catch (FrameException e) {
            LOG.log(System.Logger.Level.WARNING, "dropping batcher transaction at L1 " + origin() + ": " + e.getMessage());
            return;
        }
        BlockInfo o = origin();
        if (o != null && config.isHoloceneActive(o.timestamp())) prune();
    }

    /** Holocene frame-queue rules over adjacent pairs (op-node {@code pruneFrameQueue}). */
    void prune() {
        List<Frame> f = new ArrayList<>(frames.subList(head, frames.size()));
        int i = 0;
        while (i < f.size() - 1) {
            Frame cur = f.get(i);
            Frame next = f.get(i + 1);
            if (cur.channelId().equals(next.channelId())) {
                if (cur.isLast() || next.number() != cur.number() + 1) {
                    f.remove(i + 1);
                    continue;
                }
            } else {
                if (next.number() == 0 && !cur.isLast()) {
                    f.remove(i);
                    if (i > 0) i--;
                    continue;
                }
                if (next.number() != 0) {
                    f.remove(i + 1);
                    continue;
                }
            }
            i++;
        }
        frames.clear();
        frames.addAll(f);
        head = 0;
    }

    /** Frames buffered and not yet handed up. */
    public int size() {
        return frames.size() - head;
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    @Override
    public void signal(Signal signal) {
        prev.signal(signal);
        if (!(signal instanceof Signal.FlushChannel)) {
            frames.clear();
            head = 0;
        }
    }
}
