package io.kona4j.protocol.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.brotli.dec.BrotliInputStream;

/**
 * Reads the batches of one channel's data as op-node does (PROTOCOL.md §1.7, {@code channel.go BatchReader}): the
 * first byte picks zlib ({@code b & 0x0F ∈ {8, 15}}) or, from Fjord, brotli ({@code b == 0x01}); the decompressed
 * stream is a sequence of RLP byte strings, read lazily and limited to {@code maxRlpBytes} of decompressed input.
 * Batches decoded before a corrupt or truncated tail, or before the limit, are returned; the error (or the end)
 * comes on the following call. Memory is bounded by what actually decompresses, never by a declared length.
 *
 * <p>Always {@link #close()} (it releases the native {@link Inflater}); the reader also releases it as soon as the
 * stream ends or fails.
 */
public final class BatchReader implements AutoCloseable {
    public static final int ZLIB_CM8 = 8;
    public static final int ZLIB_CM15 = 15;
    public static final int CHANNEL_VERSION_BROTLI = 0x01;
    private static final int CHUNK = 64 * 1024;
    private static final int INITIAL_PAYLOAD = 4 << 20;

    private final Source source;
    private final long maxRlpBytes;
    private final byte[] buf = new byte[CHUNK];
    private int bufPos;
    private int bufLen;
    private long consumed;
    private boolean ended;

    private BatchReader(Source source, long maxRlpBytes) {
        this.source = source;
        this.maxRlpBytes = maxRlpBytes;
    }

    /**
     * Opens a reader over channel data. Throws {@link ChannelException} for empty data, an unknown compression byte,
     * or brotli when {@code fjordActive} is false (Fjord by the current L1 origin time, as op-node).
     */
    public static BatchReader open(byte[] channelData, long maxRlpBytes, boolean fjordActive) {
        if (channelData.length == 0) throw new ChannelException("channel data is empty: no compression byte");
        int b = channelData[0] & 0xff;
        if ((b & 0x0F) == ZLIB_CM8 || (b & 0x0F) == ZLIB_CM15) {
            return new BatchReader(new ZlibSource(channelData), maxRlpBytes);
        }
        if (b == CHANNEL_VERSION_BROTLI) {
            if (!fjordActive) throw new ChannelException("brotli-compressed channel before Fjord");
            return new BatchReader(new BrotliSource(channelData), maxRlpBytes);
        }
        throw new ChannelException(String.format("channel compression byte 0x%02x is neither zlib nor brotli", b));
    }

    /**
     * The next batch's bytes ({@code batch_type ‖ content}), or {@code null} when the channel holds no more
     * (clean end of stream, or the RLP limit reached at a batch boundary). Throws {@link ChannelException} for a
     * corrupt or truncated stream, a batch over the remaining limit, or RLP that is not a canonical byte string.
     */
    public byte[] nextBatchData() {
        if (ended) return null;
        try {
            int b0 = readByte(true);
            if (b0 < 0) {
                end();
                return null;
            }
            long size;
            if (b0 < 0x80) {
                return new byte[] {(byte) b0};
            } else if (b0 <= 0xb7) {
                size = b0 - 0x80;
            } else if (b0 <= 0xbf) {
                int ll = b0 - 0xb7;
                size = 0;
                for (int i = 0; i < ll; i++) {
                    int c = readByte(false);
                    if (i == 0 && c == 0) throw new ChannelException("batch RLP length has a leading zero byte");
                    size = (size << 8) | c;
                }
                if (size < 56) throw new ChannelException("batch RLP uses the long length form for " + size + " bytes");
            } else {
                throw new ChannelException("channel RLP item is a list, a batch must be a byte string");
            }
            if (size > maxRlpBytes - consumed) {
                throw new ChannelException("batch of " + String.format("%,d", size) + " bytes exceeds the channel's "
                        + String.format("%,d", maxRlpBytes) + "-byte RLP limit (" + String.format("%,d", consumed)
                        + " already read)");
            }
            byte[] out = readFully((int) size);
            if (size == 1 && (out[0] & 0xff) < 0x80) {
                throw new ChannelException("single batch byte below 0x80 must not carry a string header");
            }
            return out;
        } catch (ChannelException e) {
            end();
            throw e;
        }
    }

    /** The next batch decoded, or {@code null} at the end; see {@link #nextBatchData()} and {@link Batch#decode}. */
    public Batch nextBatch() {
        byte[] data = nextBatchData();
        return data == null ? null : Batch.decode(data);
    }

    /** Decompressed bytes consumed so far. */
    public long bytesRead() {
        return consumed;
    }

    @Override
    public void close() {
        end();
    }

    private void end() {
        if (!ended) {
            ended = true;
            source.close();
        }
    }

    /** One byte of the RLP stream, or -1 at the end (only where {@code atBoundary}, else an error). */
    private int readByte(boolean atBoundary) {
        if (consumed >= maxRlpBytes) {
            if (atBoundary) return -1;
            throw new ChannelException("channel RLP limit of " + String.format("%,d", maxRlpBytes) + " bytes reached inside a batch");
        }
        if (bufPos == bufLen && !fill()) {
            if (atBoundary) return -1;
            throw new ChannelException("channel data ends inside a batch");
        }
        consumed++;
        return buf[bufPos++] & 0xff;
    }

    /**
     * Reads {@code size} payload bytes: first what is buffered, then straight from the decompressor into the result.
     * The result grows with the data actually produced (from at most 4 MiB), never to a declared size up front.
     */
    private byte[] readFully(int size) {
        byte[] out = new byte[Math.min(size, INITIAL_PAYLOAD)];
        int n = Math.min(bufLen - bufPos, size);
        System.arraycopy(buf, bufPos, out, 0, n); // n ≤ CHUNK ≤ INITIAL_PAYLOAD and n ≤ size, so it fits
        bufPos += n;
        while (n < size) {
            if (n == out.length) out = Arrays.copyOf(out, (int) Math.min(size, (long) out.length * 2));
            int r = source.read(out, n, out.length - n);
            if (r < 0) throw new ChannelException("channel data ends inside a batch: " + n + " of " + size + " bytes read");
            n += r;
        }
        consumed += size;
        return out;
    }

    private boolean fill() {
        int n = source.read(buf, 0, buf.length);
        if (n < 0) return false;
        bufPos = 0;
        bufLen = n;
        return true;
    }

    private interface Source {
        /** Reads at least one byte, or returns -1 at a clean end; corrupt or truncated input throws. */
        int read(byte[] b, int off, int len);

        void close();
    }

    private static final class ZlibSource implements Source {
        private final Inflater inflater = new Inflater();
        private boolean closed;

        ZlibSource(byte[] data) {
            inflater.setInput(data);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (closed) return -1;
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) return n;
                    if (inflater.finished()) return -1;
                    if (inflater.needsDictionary()) throw new ChannelException("zlib channel asks for a preset dictionary");
                    if (inflater.needsInput()) throw new ChannelException("zlib channel data is truncated");
                }
            } catch (DataFormatException e) {
                throw new ChannelException("corrupt zlib channel data: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                inflater.end();
            }
        }
    }

    private static final class BrotliSource implements Source {
        private final byte[] data;
        private BrotliInputStream in;

        BrotliSource(byte[] data) {
            this.data = data;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                if (in == null) in = new BrotliInputStream(new ByteArrayInputStream(data, 1, data.length - 1));
                int n;
                do {
                    n = in.read(b, off, len);
                } while (n == 0);
                return n;
            } catch (IOException | RuntimeException e) {
                throw new ChannelException("corrupt brotli channel data: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing a stream over a byte array releases nothing that can fail
                }
            }
        }
    }
}
