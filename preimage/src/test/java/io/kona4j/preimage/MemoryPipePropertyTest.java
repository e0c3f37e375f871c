package io.kona4j.preimage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryPipePropertyTest {
    /** Bytes written in any chunking through a pipe of any capacity come out identical, then end of stream. */
    @Property(tries = 300)
    void bytesArriveInOrderWhateverTheChunkingAndCapacity(@ForAll @Size(max = 5000) byte[] data,
                                                           @ForAll @IntRange(min = 1, max = 300) int capacity,
                                                           @ForAll @IntRange(min = 1, max = 700) int writeChunk,
                                                           @ForAll @IntRange(min = 1, max = 700) int readChunk)
            throws InterruptedException {
        BidirectionalChannel ch = BidirectionalChannel.create("prop", capacity);
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                for (int off = 0; off < data.length; off += writeChunk) {
                    ch.client().write(data, off, Math.min(writeChunk, data.length - off));
                }
                ch.client().close();
            } catch (Throwable t) {
                writerError.set(t);
            }
        });
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[readChunk];
        try {
            while (true) {
                int n = ch.host().read(buf, 0, buf.length);
                got.write(buf, 0, n);
            }
        } catch (ChannelClosedException endOfStream) {
            assertThat(endOfStream).hasMessageContaining("end of stream");
        }
        writer.join(10_000);
        assertThat(writerError.get()).isNull();
        assertThat(got.toByteArray()).isEqualTo(data);
    }
}
