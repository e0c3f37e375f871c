package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.BatchException;
import io.kona4j.protocol.batch.BatchFormatException;
import io.kona4j.protocol.batch.BatchReader;
import io.kona4j.protocol.batch.ChannelException;
import io.kona4j.protocol.batch.RawSpanBatch;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;

/**
 * The channel reader (PROTOCOL.md §1.7, op-node {@code channel_in_reader.go}): opens each channel with a streaming
 * {@link BatchReader} (zlib, or brotli once Fjord is active at the L1 origin; RLP bounded by
 * {@code MAX_RLP_BYTES_PER_CHANNEL} at the origin) and hands up its batches one at a time. A stream or batch decode
 * error ends the channel and keeps what was read before it (op-node semantics; kona drops the whole channel). Span
 * batches before Delta (by origin) are skipped; a span batch whose transactions do not derive is a temporary error
 * and reading continues with the channel's next batch, as in op-program.
 *
 * <p>Where the spec and op-node differ, this follows op-node: an unknown batch type fails op-node's RLP-level batch
 * decode and so ends the channel (the spec says the batch is skipped), and the brotli gate uses the L1 origin time
 * (kona uses the batch timestamp).
 */
public final class ChannelReader implements BatchStreamProvider {
    private static final System.Logger LOG = System.getLogger(ChannelReader.class.getName());

    private final ChannelReaderProvider prev;
    private final RollupConfig config;
    private BatchReader reader;

    public ChannelReader(ChannelReaderProvider prev, RollupConfig config) {
        this.prev = prev;
        this.config = config;
    }

    @Override
    public DecodedBatch nextBatch() {
        if (reader == null) {
            byte[] data = prev.nextData();
            if (data == null) throw PipelineException.temporary(PipelineError.CHANNEL_READER_EMPTY, "no channel data yet");
            BlockInfo o = origin();
            try {
                reader = BatchReader.open(data, config.maxRlpBytesPerChannel(o.timestamp()),
                        config.isFjordActive(o.timestamp()));
            } catch (ChannelException e) {
                throw PipelineException.temporary(PipelineError.BAD_BATCH, "channel at L1 " + o + ": " + e.getMessage(), e);
            }
        }
        Batch batch;
        try {
            batch = reader.nextBatch();
        } catch (BatchException e) {
            LOG.log(System.Logger.Level.WARNING, "ending channel at L1 " + origin() + ": " + e.getMessage());
            nextChannel();
            throw PipelineException.notEnoughData();
        }
        if (batch == null) {
            nextChannel();
            throw PipelineException.notEnoughData();
        }
        return switch (batch) {
            case SingularBatch s -> new DecodedBatch.Single(s);
            case RawSpanBatch raw -> {
                BlockInfo o = origin();
                if (!config.isDeltaActive(o.timestamp())) {
                    LOG.log(System.Logger.Level.WARNING, "skipping span batch at L1 " + o + ", before Delta");
                    throw PipelineException.notEnoughData();
                }
                try {
                    yield new DecodedBatch.Span(SpanBatch.derive(raw, config.blockTime(), config.genesis().l2Time(),
                            config.l2ChainId()));
                } catch (BatchFormatException e) {
                    throw PipelineException.temporary(PipelineError.BAD_BATCH, "span batch does not derive: " + e.getMessage(), e);
                }
            }
        };
    }

    private void nextChannel() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public void flush() {
        nextChannel();
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
        if (signal instanceof Signal.FlushChannel) {
            nextChannel();
            return;
        }
        prev.signal(signal);
        nextChannel();
    }
}
