package io.kona4j.protocol.batch;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.kona4j.primitives.rlp.RlpWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The batcher side of channels: batches as a stream of RLP byte strings, compressed with zlib (RFC 1950) or, from
 * Fjord, brotli behind the version byte 0x01 (PROTOCOL.md §1.7). {@link BatchReader} reads what these write.
 */
public final class ChannelCompression {
    private ChannelCompression() {}

    /** The uncompressed channel payload: each batch's {@code batch_type ‖ content} as one RLP byte string. */
    public static byte[] rlpStream(List<? extends Batch> batches) {
        RlpWriter w = new RlpWriter(1024);
        for (Batch b : batches) w.writeBytes(b.encode());
        return w.toByteArray();
    }

    /** zlib at {@code level} (0–9; op-batcher uses 9). */
    public static byte[] zlib(byte[] payload, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(payload);
            d.finish();
            byte[] out = new byte[Math.max(64, payload.length / 2 + 64)];
            int n = 0;
            while (!d.finished()) {
                if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
                n += d.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            d.end();
        }
    }

    /** {@code 0x01 ‖ brotli(payload)} at {@code quality} (0–11) with a window of {@code 2^lgwin} bytes (10–24). */
    public static byte[] brotli(byte[] payload, int quality, int lgwin) {
        try {
            Brotli4jLoader.ensureAvailability();
            byte[] c = Encoder.compress(payload, new Encoder.Parameters().setQuality(quality).setWindow(lgwin));
            byte[] out = new byte[c.length + 1];
            out[0] = BatchReader.CHANNEL_VERSION_BROTLI;
            System.arraycopy(c, 0, out, 1, c.length);
            return out;
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new ChannelException("brotli compression failed: " + e.getMessage(), e);
        }
    }
}
