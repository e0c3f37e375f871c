package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Channel;
import io.kona4j.protocol.batch.ChannelException;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.Frame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-Holocene channel bank (PROTOCOL.md §1.5, op-node {@code channel_bank.go}): channels in first-seen order,
 * timed out by {@code openBlock + CHANNEL_TIMEOUT < origin}, pruned from the head while their total size exceeds
 * {@code MAX_CHANNEL_BANK_SIZE}; read head-only before Canyon, first ready channel from Canyon.
 */
public final class ChannelBank implements ChannelReaderProvider {
    private static final System.Logger LOG = System.getLogger(ChannelBank.class.getName());

    private final NextFrameProvider prev;
    private final RollupConfig config;
    private final Map<ChannelId, Channel> channels = new HashMap<>();
    private final List<ChannelId> queue = new ArrayList<>();

    public ChannelBank(NextFrameProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
    }

    /** Σ channel sizes (each with the close quirk of {@link Channel}). */
    public long size() {
        long n = 0;
        for (Channel c : channels.values()) n += c.size();
        return n;
    }

    public int channelCount() {
        return queue.size();
    }

    void ingestFrame(Frame frame) {
        BlockInfo origin = origin();
        Channel ch = channels.get(frame.channelId());
        if (ch == null) {
            ch = new Channel(frame.channelId(), origin.number(), false);
            channels.put(frame.channelId(), ch);
            queue.add(frame.channelId());
        }
        if (timedOut(ch, origin)) {
            LOG.log(System.Logger.Level.WARNING, "channel " + frame.channelId().toShortHex() + " timed out, ignoring " + frame);
            return;
        }
        try {
            ch.addFrame(frame, origin.number());
        } catch (ChannelException e) {
            LOG.log(System.Logger.Level.WARNING, "dropping " + frame + ": " + e.getMessage());
            return;
        }
        prune(origin);
    }

    private void prune(BlockInfo origin) {
        long total = size();
        long max = config.maxChannelBankSize(origin.timestamp());
        while (total > max) {
            ChannelId id = queue.remove(0);
            total -= channels.remove(id).size();
        }
    }

    private boolean timedOut(Channel ch, BlockInfo origin) {
        return ch.openBlockNumber() + config.channelTimeout(origin.timestamp()) < origin.number();
    }

    /** A ready channel's data; null when the head channel timed out (one per call); EOF when nothing is ready. */
    byte[] read() {
        if (queue.isEmpty()) throw PipelineException.eof();
        BlockInfo origin = origin();
        ChannelId first = queue.get(0);
        Channel ch = channels.get(first);
        if (timedOut(ch, origin)) {
            LOG.log(System.Logger.Level.INFO, "channel " + first.toShortHex() + " timed out at L1 " + origin);
            channels.remove(first);
            queue.remove(0);
            return null;
        }
        if (!config.isCanyonActive(origin.timestamp())) {
            if (!ch.isReady()) throw PipelineException.eof();
            channels.remove(first);
            queue.remove(0);
            return ch.data();
        }
        for (int i = 0; i < queue.size(); i++) {
            Channel c = channels.get(queue.get(i));
            if (c.isReady() && !timedOut(c, origin)) {
                channels.remove(queue.remove(i));
                return c.data();
            }
        }
        throw PipelineException.eof();
    }

    @Override
    public byte[] nextData() {
        try {
            return read();
        } catch (PipelineException e) {
            if (!e.isEof()) throw e;
        }
        ingestFrame(prev.nextFrame());
        throw PipelineException.notEnoughData();
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
        if (!(signal instanceof Signal.FlushChannel)) clear();
    }

    void clear() {
        channels.clear();
        queue.clear();
    }
}
