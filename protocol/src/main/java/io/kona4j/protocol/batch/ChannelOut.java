package io.kona4j.protocol.batch;

import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The batcher's side of one channel (op-batcher {@code ChannelOut}): collects batches as RLP byte strings up to
 * {@code MAX_RLP_BYTES_PER_CHANNEL}, compresses them once closed, and cuts the result into frames sized for
 * calldata or blobs. Each batcher transaction carries exactly one frame, as op-batcher sends them.
 */
public final class ChannelOut {
    /** Compression of the channel payload; brotli only from Fjord. */
    public enum Compression { ZLIB, BROTLI }

    private final ChannelId id;
    private final Compression compression;
    private final long maxRlpBytes;
    private final RlpWriter rlp = new RlpWriter(4096);
    private int batches;
    private byte[] compressed;

    public ChannelOut(ChannelId id, Compression compression, long maxRlpBytes) {
        this.id = id;
        this.compression = compression;
        this.maxRlpBytes = maxRlpBytes;
    }

    public ChannelId id() {
        return id;
    }

    /** Adds a batch; fails once closed or when the channel's RLP stream would exceed its limit. */
    public void add(Batch batch) {
        if (compressed != null) throw new ChannelException("channel " + id.toShortHex() + " is already closed");
        byte[] b = batch.encode();
        long after = (long) rlp.size() + RlpWriter.headerLength(b.length) + b.length;
        if (after > maxRlpBytes) {
            throw new ChannelException("batch of " + b.length + " bytes would take channel " + id.toShortHex() + " to "
                    + after + " RLP bytes, over its " + maxRlpBytes + "-byte limit");
        }
        rlp.writeBytes(b);
        batches++;
    }

    public int batchCount() {
        return batches;
    }

    /** Uncompressed RLP bytes so far. */
    public int rlpBytes() {
        return rlp.size();
    }

    /** Compresses the channel (zlib level 9, or brotli quality 10 with a 16 MiB window); no batch may follow. */
    public byte[] close() {
        if (compressed == null) {
            byte[] payload = rlp.toByteArray();
            compressed = compression == Compression.ZLIB ? ChannelCompression.zlib(payload, 9)
                    : ChannelCompression.brotli(payload, 10, 24);
        }
        return compressed.clone();
    }

    /** The closed channel as frames of at most {@code maxFrameData} data bytes. */
    public List<Frame> frames(int maxFrameData) {
        return Frame.split(id, close(), maxFrameData);
    }

    /**
     * Batcher transaction data, one frame each, every item at most {@code maxTxData} bytes (e.g. 130,044 for a blob,
     * or the calldata budget); the frame overhead and the version byte are accounted for.
     */
    public List<byte[]> batcherData(int maxTxData) {
        int perFrame = maxTxData - 1 - Frame.FRAME_HEADER_AND_FOOTER;
        if (perFrame < 1) throw new FrameException("batcher data of " + maxTxData + " bytes cannot hold a frame");
        List<byte[]> out = new ArrayList<>();
        for (Frame f : frames(Math.min(perFrame, Frame.MAX_FRAME_LEN))) out.add(Frame.toBatcherData(List.of(f)));
        return out;
    }
}
