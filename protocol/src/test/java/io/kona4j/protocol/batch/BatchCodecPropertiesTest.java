package io.kona4j.protocol.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip2930Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Round trips of every batch codec, and arbitrary input giving a value or the codec's own exception. */
class BatchCodecPropertiesTest {
    static final long CHAIN_ID = 10;

    @Property(tries = 200)
    void frameRoundTrips(@ForAll @Size(16) byte[] id, @ForAll @IntRange(max = 0xFFFF) int number,
                         @ForAll @Size(max = 3000) byte[] data, @ForAll boolean last) {
        Frame f = new Frame(ChannelId.of(id), number, data, last);
        assertThat(Frame.decode(f.encode())).isEqualTo(f);
        List<Frame> frames = List.of(f, new Frame(ChannelId.of(id), 0, new byte[0], true));
        assertThat(Frame.parseFrames(Frame.toBatcherData(frames))).isEqualTo(frames);
    }

    @Property(tries = 500)
    void arbitraryBatcherDataGivesFramesOrFrameException(@ForAll @Size(max = 200) byte[] data) {
        try {
            assertThat(Frame.parseFrames(data)).isNotEmpty();
        } catch (FrameException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 100)
    void channelAssemblesShuffledFrames(@ForAll @Size(max = 5000) byte[] data, @ForAll @IntRange(min = 1, max = 700) int per,
                                        @ForAll long seed) {
        ChannelId id = ChannelId.of(new byte[16]);
        List<Frame> frames = new ArrayList<>(Frame.split(id, data, per));
        Collections.shuffle(frames, new Random(seed));
        Channel ch = new Channel(id, 5, false);
        for (Frame f : frames) ch.addFrame(f, 6);
        assertThat(ch.isReady()).isTrue();
        assertThat(ch.data()).isEqualTo(data);
    }

    @Property(tries = 200)
    void singularBatchRoundTrips(@ForAll @Size(32) byte[] parent, @ForAll long epoch, @ForAll @Size(32) byte[] epochHash,
                                 @ForAll long ts, @ForAll @Size(max = 5) List<@Size(max = 300) byte[]> txs) {
        SingularBatch b = new SingularBatch(Hash.of(parent), epoch, Hash.of(epochHash), ts, txs);
        assertThat(Batch.decode(b.encode())).isEqualTo(b);
    }

    @Property(tries = 100)
    void spanBatchRoundTrips(@ForAll("spans") List<SingularBatch> batches, @ForAll boolean newOrigin) {
        SpanBatch span = SpanBatch.fromSingularBatches(batches, newOrigin, 1_000, CHAIN_ID);
        RawSpanBatch raw = span.toRaw();
        byte[] enc = raw.encode();
        RawSpanBatch back = (RawSpanBatch) Batch.decode(enc);
        assertThat(back).isEqualTo(raw);
        assertThat(back.encode()).isEqualTo(enc);
        SpanBatch derived = SpanBatch.derive(back, 2, 1_000, CHAIN_ID);
        assertThat(derived.blockCount()).isEqualTo(batches.size());
        for (int i = 0; i < batches.size(); i++) {
            SpanBatchElement e = derived.elements().get(i);
            SingularBatch s = batches.get(i);
            assertThat(e.timestamp()).isEqualTo(s.timestamp());
            assertThat(e.epochNumber()).isEqualTo(s.epochNumber());
            assertThat(e.transactions()).containsExactlyElementsOf(s.transactions());
        }
        assertThat(derived.checkParentHash(batches.get(0).parentHash())).isTrue();
        assertThat(derived.checkOriginHash(batches.get(batches.size() - 1).epochHash())).isTrue();
        List<SingularBatch> singles = derived.toSingularBatches(n -> epochHash(n), 0);
        for (int i = 0; i < batches.size(); i++) {
            assertThat(singles.get(i)).isEqualTo(batches.get(i).withParentHash(Hash.ZERO));
        }
    }

    @Property(tries = 1000)
    void arbitrarySpanBytesGiveBatchOrFormatException(@ForAll @Size(max = 300) byte[] data) {
        try {
            RawSpanBatch raw = RawSpanBatch.decode(data);
            SpanBatch.derive(raw, 2, 0, CHAIN_ID);
        } catch (BatchFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void mutatedSpanBatchGivesBatchOrFormatException(@ForAll("spans") List<SingularBatch> batches,
                                                     @ForAll @IntRange(max = 10_000) int at, @ForAll byte value) {
        byte[] enc = SpanBatch.fromSingularBatches(batches, true, 0, CHAIN_ID).toRaw().encodeBody();
        enc[at % enc.length] = value;
        try {
            SpanBatch.derive(RawSpanBatch.decode(enc), 2, 0, CHAIN_ID);
        } catch (BatchFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 60)
    void blobRoundTrips(@ForAll("blobData") byte[] data) {
        assertThat(BlobData.decode(BlobData.encode(data))).isEqualTo(data);
    }

    @Property(tries = 300)
    void mutatedBlobGivesDataOrBlobException(@ForAll("blobData") byte[] data, @ForAll @IntRange(max = BlobData.BLOB_SIZE - 1) int at,
                                             @ForAll byte value) {
        byte[] blob = BlobData.encode(data);
        blob[at] = value;
        try {
            assertThat(BlobData.decode(blob).length).isLessThanOrEqualTo(BlobData.MAX_BLOB_DATA_SIZE);
        } catch (BlobException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 60)
    void channelRoundTripsThroughZlibAndBrotli(@ForAll("spans") List<SingularBatch> batches, @ForAll boolean brotli) {
        List<Batch> all = new ArrayList<>(batches);
        all.add(SpanBatch.fromSingularBatches(batches, false, 0, CHAIN_ID).toRaw());
        byte[] payload = ChannelCompression.rlpStream(all);
        byte[] channel = brotli ? ChannelCompression.brotli(payload, 6, 22) : ChannelCompression.zlib(payload, 9);
        List<Batch> read = new ArrayList<>();
        try (BatchReader r = BatchReader.open(channel, 10_000_000, true)) {
            for (Batch b; (b = r.nextBatch()) != null; ) read.add(b);
        }
        assertThat(read).containsExactlyElementsOf(all);
    }

    @Property(tries = 500)
    void arbitraryChannelGivesBatchesOrTypedException(@ForAll @Size(max = 400) byte[] data, @ForAll boolean zlibHeader) {
        if (zlibHeader && data.length > 1) {
            data[0] = 0x78;
            data[1] = (byte) 0x9c;
        }
        try (BatchReader r = BatchReader.open(data, 10_000, true)) {
            while (r.nextBatch() != null) {
                assertThat(r.bytesRead()).isLessThanOrEqualTo(10_000);
            }
        } catch (ChannelException | BatchFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    static Hash epochHash(long n) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) n);
        b[0] = (byte) 0xEE;
        return Hash.wrap(b);
    }

    @Provide
    Arbitrary<byte[]> blobData() {
        return Arbitraries.integers().between(0, BlobData.MAX_BLOB_DATA_SIZE).flatMap(n -> Arbitraries.longs().map(seed -> {
            byte[] b = new byte[n % 7 == 0 ? n : n % 4000];
            new Random(seed).nextBytes(b);
            return b;
        }));
    }

    @Provide
    Arbitrary<List<SingularBatch>> spans() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            int blocks = 1 + r.nextInt(6);
            List<SingularBatch> out = new ArrayList<>();
            long epoch = 100 + r.nextInt(5);
            byte[] parent = new byte[32];
            r.nextBytes(parent);
            for (int i = 0; i < blocks; i++) {
                if (i > 0 && r.nextBoolean()) epoch++;
                List<byte[]> txs = new ArrayList<>();
                int n = r.nextInt(4);
                for (int j = 0; j < n; j++) txs.add(randomTx(r));
                out.add(new SingularBatch(i == 0 ? Hash.of(parent) : Hash.ZERO, epoch, epochHash(epoch), 1_000 + 2L * i + 40,
                        txs));
            }
            return out;
        });
    }

    static byte[] randomTx(Random r) {
        Address to = r.nextInt(4) == 0 ? null : Address.of(bytes(r, 20));
        UInt256 value = UInt256.valueOf(r.nextInt(3) == 0 ? 0 : r.nextLong() >>> 1);
        UInt256 price = UInt256.valueOf(r.nextInt(1_000_000_000));
        byte[] input = bytes(r, r.nextInt(80));
        UInt256 sr = UInt256.fromBytes(bytes(r, 32));
        UInt256 ss = UInt256.fromBytes(bytes(r, 1 + r.nextInt(32)));
        int y = r.nextInt(2);
        long nonce = r.nextInt(3) == 0 ? r.nextLong() >>> 1 : r.nextInt(500);
        long gas = 21_000 + r.nextInt(1_000_000);
        List<AccessListEntry> al = r.nextBoolean() ? List.of()
                : List.of(new AccessListEntry(Address.of(bytes(r, 20)), List.of(Hash.of(bytes(r, 32)))));
        return switch (r.nextInt(5)) {
            case 0 -> new LegacyTransaction(nonce, price, gas, to, value, input, 27 + y, sr, ss).encode();
            case 1 -> new LegacyTransaction(nonce, price, gas, to, value, input, CHAIN_ID * 2 + 35 + y, sr, ss).encode();
            case 2 -> new Eip2930Transaction(CHAIN_ID, nonce, price, gas, to, value, input, al, y, sr, ss).encode();
            case 3 -> new Eip1559Transaction(CHAIN_ID, nonce, price, price.add(price), gas, to, value, input, al, y, sr, ss)
                    .encode();
            default -> new Eip7702Transaction(CHAIN_ID, nonce, price, price, gas, to == null ? Address.ZERO : to, value,
                    input, al, List.of(new Authorization(UInt256.valueOf(CHAIN_ID), Address.of(bytes(r, 20)), 7, 1, sr, ss)),
                    y, sr, ss).encode();
        };
    }

    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    @Property(tries = 40)
    void channelOutRoundTripsThroughFramesAndBlobs(@ForAll("spans") List<SingularBatch> batches, @ForAll boolean brotli,
                                                   @ForAll @IntRange(min = 40, max = 2000) int maxTxData) {
        ChannelOut out = new ChannelOut(ChannelId.of(new byte[16]), brotli ? ChannelOut.Compression.BROTLI
                : ChannelOut.Compression.ZLIB, 10_000_000);
        for (SingularBatch b : batches) out.add(b);
        List<byte[]> txs = out.batcherData(maxTxData);
        Channel ch = new Channel(out.id(), 1, true);
        for (byte[] tx : txs) {
            assertThat(tx.length).isLessThanOrEqualTo(maxTxData);
            byte[] viaBlob = BlobData.decode(BlobData.encode(tx));
            for (Frame f : Frame.parseFrames(viaBlob)) ch.addFrame(f, 1);
        }
        assertThat(ch.isReady()).isTrue();
        List<Batch> read = new ArrayList<>();
        try (BatchReader r = BatchReader.open(ch.data(), 10_000_000, true)) {
            for (Batch b; (b = r.nextBatch()) != null; ) read.add(b);
        }
        assertThat(read).containsExactlyElementsOf(batches);
    }
}
