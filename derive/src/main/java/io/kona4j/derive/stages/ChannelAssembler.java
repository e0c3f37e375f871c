package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Channel;
import io.kona4j.protocol.batch.ChannelException;
import io.kona4j.protocol.batch.Frame;

/**
 * The Holocene channel assembler (PROTOCOL.md §1.6, op-node {@code channel_assembler.go}): one staging channel; frame 0
 * starts a new one (dropping an unfinished one), other frames without an open channel are dropped, frames must come
 * in order, and a channel over {@code MAX_RLP_BYTES_PER_CHANNEL} or past its timeout is dropped.
 */
public final class ChannelAssembler implements ChannelReaderProvider {
    private static final System.Logger LOG = System.getLogger(ChannelAssembler.class.getName());

    private final NextFrameProvider prev;
    private final RollupConfig config;
    private Channel channel;

    public ChannelAssembler(NextFrameProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
    }

    @Override
    public byte[] nextData() {
        BlockInfo origin = origin();
        if (channel != null && channel.openBlockNumber() + config.channelTimeout(origin.timestamp()) < origin.number()) {
            LOG.log(System.Logger.Level.INFO, "channel " + channel.id().toShortHex() + " timed out at L1 " + origin);
            channel = null;
        }
        Frame frame = prev.nextFrame();
        if (frame.number() == 0) {
            if (channel != null) {
                LOG.log(System.Logger.Level.WARNING, "dropping unfinished channel " + channel.id().toShortHex());
            }
            channel = new Channel(frame.channelId(), origin.number(), true);
        }
        if (channel == null) {
            LOG.log(System.Logger.Level.WARNING, "dropping " + frame + ": no channel is open");
            throw PipelineException.notEnoughData();
        }
        try {
            channel.addFrame(frame, origin.number());
        } catch (ChannelException e) {
            LOG.log(System.Logger.Level.WARNING, "dropping " + frame + ": " + e.getMessage());
            throw PipelineException.notEnoughData();
        }
        if (channel.size() > config.maxRlpBytesPerChannel(origin.timestamp())) {
            LOG.log(System.Logger.Level.WARNING, "dropping channel " + channel.id().toShortHex() + " of " + channel.size()
                    + " bytes, over the RLP limit");
            channel = null;
            throw PipelineException.notEnoughData();
        }
        if (channel.isReady()) {
            byte[] data = channel.data();
            channel = null;
            return data;
        }
        throw PipelineException.notEnoughData();
    }

    /** True while a channel is being assembled. */
    public boolean hasChannel() {
        return channel != null;
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
        channel = null;
    }
}
