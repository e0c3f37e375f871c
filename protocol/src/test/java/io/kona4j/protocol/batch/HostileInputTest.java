package io.kona4j.protocol.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.rlp.RlpWriter;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile batcher data: every case ends in the codec's own exception, with bounded memory and a clear message. */
class HostileInputTest {
    private static final ChannelId ID = ChannelId.of(Hex.decode("1a2b3c4d000000000000000000000000"));

    private static byte[] frameHeader(int number, long length) {
        byte[] b = new byte[23];
        b[0] = 0;
        System.arraycopy(ID.toArray(), 0, b, 1, 16);
        b[17] = (byte) (number >>> 8);
        b[18] = (byte) number;
        b[19] = (byte) (length >>> 24);
        b[20] = (byte) (length >>> 16);
        b[21] = (byte) (length >>> 8);
        b[22] = (byte) length;
        return b;
    }

    @Test
    void frameDeclaringHugeLengthIsRejectedWithoutAllocating() {
        assertThatThrownBy(() -> Frame.parseFrames(frameHeader(3, 2_000_000)))
                .isInstanceOf(FrameException.class)
                .hasMessage("frame 3 of channel 0x1a2b3c4d… declares 2,000,000 bytes, over the 1,000,000 limit");
        assertThatThrownBy(() -> Frame.parseFrames(frameHeader(0, 0xFFFFFFFFL))).isInstanceOf(FrameException.class);
    }

    @Test
    void frameDeclaringMoreThanPresentIsRejected() {
        assertThatThrownBy(() -> Frame.parseFrames(frameHeader(1, 999_999)))
                .isInstanceOf(FrameException.class).hasMessageContaining("only 0 remain");
    }

    @Test
    void badIsLastByteVersionAndEmptyDataAreRejected() {
        byte[] tx = Arrays.copyOf(frameHeader(0, 0), 24);
        tx[23] = 2;
        assertThatThrownBy(() -> Frame.parseFrames(tx)).hasMessageContaining("is_last byte 0x02");
        tx[23] = 1;
        assertThat(Frame.parseFrames(tx)).hasSize(1);
        tx[0] = 1;
        assertThatThrownBy(() -> Frame.parseFrames(tx)).hasMessageContaining("version byte 0x01");
        assertThatThrownBy(() -> Frame.parseFrames(new byte[0])).isInstanceOf(FrameException.class);
        assertThatThrownBy(() -> Frame.parseFrames(new byte[] {0})).hasMessageContaining("no frame");
    }

    /** An RLP string header declaring 50 MB, then 50 MB of zeros, compressed (zlib and brotli) to under 100 KB. */
    @Test
    void decompressionBombStopsAtTheRlpLimit() {
        int big = 50_000_000;
        byte[] payload = new byte[big + 5];
        payload[0] = (byte) 0xbb;
        payload[1] = (byte) (big >>> 24);
        payload[2] = (byte) (big >>> 16);
        payload[3] = (byte) (big >>> 8);
        payload[4] = (byte) big;
        for (byte[] channel : List.of(ChannelCompression.zlib(payload, 9), ChannelCompression.brotli(payload, 5, 22))) {
            assertThat(channel.length).isLessThan(100_000);
            try (BatchReader r = BatchReader.open(channel, 10_000_000, true)) {
                assertThatThrownBy(r::nextBatchData).isInstanceOf(ChannelException.class)
                        .hasMessageContaining("50,000,000 bytes exceeds the channel's 10,000,000-byte RLP limit");
                assertThat(r.nextBatchData()).isNull();
            }
        }
    }

    /** Many small valid batches: reading stops at the limit, with the batches before it kept. */
    @Test
    void manySmallBatchesEndAtTheLimit() {
        SingularBatch b = new SingularBatch(Hash.ZERO, 1, Hash.ZERO, 2, List.of(new byte[1000]));
        int each = new RlpWriter().writeBytes(b.encode()).size();
        byte[] payload = ChannelCompression.rlpStream(java.util.Collections.nCopies(100, b));
        byte[] channel = ChannelCompression.zlib(payload, 6);
        int read = 0;
        try (BatchReader r = BatchReader.open(channel, each * 10L + 5, false)) {
            while (true) {
                try {
                    if (r.nextBatch() == null) break;
                    read++;
                } catch (ChannelException e) {
                    assertThat(e).hasMessageContaining("exceeds");
                    break;
                }
            }
        }
        assertThat(read).isEqualTo(10);
    }

    @Test
    void truncatedChannelKeepsTheBatchesBeforeTheCut() {
        SingularBatch b = new SingularBatch(Hash.ZERO, 1, Hash.ZERO, 2, List.of(new byte[] {1, 2, 3}));
        SingularBatch big = new SingularBatch(Hash.ZERO, 1, Hash.ZERO, 4, List.of(randomish(200_000)));
        byte[] channel = ChannelCompression.zlib(ChannelCompression.rlpStream(List.of(b, big)), 9);
        byte[] cut = Arrays.copyOf(channel, channel.length / 2);
        try (BatchReader r = BatchReader.open(cut, 10_000_000, false)) {
            assertThat(r.nextBatch()).isEqualTo(b);
            assertThatThrownBy(r::nextBatch).isInstanceOf(ChannelException.class).hasMessageContaining("truncated");
            assertThat(r.nextBatch()).isNull();
        }
    }

    @Test
    void brotliBeforeFjordAndUnknownCompressionAreRejected() {
        byte[] brotli = ChannelCompression.brotli(new byte[] {(byte) 0x81, 0}, 5, 20);
        assertThatThrownBy(() -> BatchReader.open(brotli, 100, false)).hasMessageContaining("before Fjord");
        assertThatThrownBy(() -> BatchReader.open(new byte[] {0x02, 1}, 100, true)).hasMessageContaining("0x02");
        assertThatThrownBy(() -> BatchReader.open(new byte[0], 100, true)).isInstanceOf(ChannelException.class);
    }

    @Test
    void spanBatchDeclaringMillionsOfBlocksOrTxsFailsOnTheMissingBytes() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(0);
        o.write(0);
        o.writeBytes(new byte[40]);
        o.writeBytes(new byte[] {(byte) 0x80, (byte) 0xad, (byte) 0xe2, 0x04}); // 10,000,000 blocks
        assertThatThrownBy(() -> RawSpanBatch.decode(o.toByteArray()))
                .isInstanceOf(BatchFormatException.class).hasMessageContaining("origin bits");
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(new byte[] {0, 0});
        p.writeBytes(new byte[40]);
        p.writeBytes(new byte[] {1, 0, (byte) 0x80, (byte) 0xad, (byte) 0xe2, 0x04}); // 1 block with 10M txs
        assertThatThrownBy(() -> RawSpanBatch.decode(p.toByteArray()))
                .isInstanceOf(BatchFormatException.class).hasMessageContaining("contract creation bits");
        ByteArrayOutputStream q = new ByteArrayOutputStream();
        q.writeBytes(new byte[] {0, 0});
        q.writeBytes(new byte[40]);
        q.writeBytes(new byte[] {1, 0, (byte) 0x81, (byte) 0xad, (byte) 0xe2, 0x04}); // 10,000,001 txs
        assertThatThrownBy(() -> RawSpanBatch.decode(q.toByteArray())).hasMessageContaining("over the 10,000,000 limit");
    }

    @Test
    void brokenBitListsAreRejected() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(new byte[] {0, 0});
        o.writeBytes(new byte[40]);
        o.writeBytes(new byte[] {3, 0x08, 0, 0, 0}); // 3 blocks, origin bit 3 set
        assertThatThrownBy(() -> RawSpanBatch.decode(o.toByteArray()))
                .isInstanceOf(BatchFormatException.class).hasMessageContaining("origin bits has bits set beyond its 3-bit");
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(new byte[] {0, 0});
        p.writeBytes(new byte[40]);
        p.writeBytes(new byte[] {1, 0, 0, 0, 0, 0});
        assertThat(RawSpanBatch.decode(p.toByteArray()).blockCount()).isEqualTo(1);
        p.reset();
        p.writeBytes(new byte[] {0, 0});
        p.writeBytes(new byte[40]);
        p.writeBytes(new byte[] {0});
        assertThatThrownBy(() -> RawSpanBatch.decode(p.toByteArray())).hasMessageContaining("0 blocks");
    }

    @Test
    void varintOverflowIsRejected() {
        byte[] b = new byte[11];
        Arrays.fill(b, (byte) 0xff);
        assertThatThrownBy(() -> RawSpanBatch.decode(b)).hasMessageContaining("overflows");
    }

    private static byte[] randomish(int n) {
        byte[] b = new byte[n];
        long x = 88172645463325252L;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            b[i] = (byte) x;
        }
        return b;
    }
}
