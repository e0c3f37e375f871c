package io.kona4j.driver;

import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where derivation stands (Kona's {@code PipelineCursor}): the current L1 origin and a ring of the last
 * {@code channelTimeout + 5} L1 origins, each with the L2 safe head derived when the pipeline was at it. A reset after
 * an L1 reorg at {@code forkBlock} restarts from the safe head recorded {@code channelTimeout} L1 blocks before it,
 * so a whole channel is re-read. Not thread-safe; the driver and the L2 provider read it from one thread.
 */
public final class PipelineCursor {
    private final long channelTimeout;
    private final int capacity;
    private BlockInfo origin;
    private final ArrayDeque<Long> originNumbers = new ArrayDeque<>();
    private final Map<Long, BlockInfo> origins = new HashMap<>();
    private final TreeMap<Long, TipCursor> tips = new TreeMap<>();

    public PipelineCursor(long channelTimeout, BlockInfo origin) {
        if (channelTimeout < 0 || channelTimeout > Integer.MAX_VALUE - 5) {
            throw new IllegalArgumentException("channel timeout out of range: " + channelTimeout);
        }
        this.channelTimeout = channelTimeout;
        this.capacity = (int) channelTimeout + 5;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The number of L1 origins remembered: the channel timeout plus five. */
    public int capacity() {
        return capacity;
    }

    public BlockInfo origin() {
        return origin;
    }

    /** The latest safe head; fails if nothing was advanced yet. */
    public TipCursor tip() {
        TipCursor t = originNumbers.isEmpty() ? null : tips.get(originNumbers.peekLast());
        if (t == null) throw new IllegalStateException("the pipeline cursor has no safe head yet");
        return t;
    }

    public L2BlockInfo l2SafeHead() {
        return tip().l2SafeHead();
    }

    /** Records {@code tip} as the safe head derived at L1 {@code newOrigin}, evicting the oldest origin when full. */
    public void advance(BlockInfo newOrigin, TipCursor tip) {
        Objects.requireNonNull(newOrigin, "newOrigin");
        Objects.requireNonNull(tip, "tip");
        long n = newOrigin.number();
        if (!tips.containsKey(n)) {
            if (originNumbers.size() == capacity) {
                long evicted = originNumbers.pollFirst();
                origins.remove(evicted);
                tips.remove(evicted);
            }
            originNumbers.addLast(n);
        } else if (originNumbers.peekLast() != n) {
            originNumbers.remove(n);
            originNumbers.addLast(n);
        }
        origins.put(n, newOrigin);
        tips.put(n, tip);
        origin = newOrigin;
    }

    /**
     * The safe head to restart from after a reorg at L1 block {@code forkBlock}: the one recorded at
     * {@code forkBlock - channelTimeout} or the closest origin before it, else the oldest one remembered.
     */
    public TipCursor reset(long forkBlock) {
        if (originNumbers.isEmpty()) throw new IllegalStateException("the pipeline cursor has no safe head yet");
        Map.Entry<Long, TipCursor> e = tips.floorEntry(forkBlock - channelTimeout);
        return e != null ? e.getValue() : tips.firstEntry().getValue();
    }

    /** The L1 origin remembered at {@code number}, or null. */
    public BlockInfo originAt(long number) {
        return origins.get(number);
    }
}
