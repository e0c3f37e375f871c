package io.kona4j.bench.derive;

import io.kona4j.primitives.Hex;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.BatchReader;
import io.kona4j.protocol.batch.ChannelCompression;
import io.kona4j.protocol.batch.RawSpanBatch;
import io.kona4j.protocol.batch.SpanBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 7 target: channel decompression plus span-batch decoding at ≥ 100 MB/s of channel data. The channel is the
 * real op-node span batch of {@code op-vectors/.../derive/testdata/batch.hex} (143 blocks, 1,766 txs, 1.41 MB of RLP),
 * zlib as shipped (615 KB) or re-compressed with brotli. MB/s = channel bytes / time per op (printed in setup). Run
 * from the worktree with {@code java -jar bench/target/benchmarks.jar ChannelDecodeBenchmark}
 * ({@code -Dkona4j.shared=...} if {@code ../shared} is elsewhere).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class ChannelDecodeBenchmark {
    @Param({"zlib", "brotli"})
    public String compression;

    private byte[] channel;
    private final byte[] scratch = new byte[2 << 20];

    @Setup
    public void setup() {
        Path f = Path.of(System.getProperty("kona4j.shared", "../shared"),
                "testdata/op-vectors/kona-crates/protocol/derive/testdata/batch.hex");
        try {
            byte[] zlib = Hex.decode(Files.readString(f).strip());
            if (compression.equals("zlib")) {
                channel = zlib;
            } else {
                byte[] payload;
                try (BatchReader r = BatchReader.open(zlib, 100_000_000, true)) {
                    payload = ChannelCompression.rlpStream(java.util.List.of(r.nextBatch()));
                }
                channel = ChannelCompression.brotli(payload, 10, 22);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("op-vectors batch.hex not found at " + f, e);
        }
        System.out.println("\n" + compression + " channel: " + channel.length + " bytes");
    }

    /** The floor: the JDK's zlib inflating the same channel into a preallocated buffer, no RLP, no decoding. */
    @Benchmark
    public int jdkInflaterOnly() throws java.util.zip.DataFormatException {
        if (!compression.equals("zlib")) return 0;
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        try {
            inf.setInput(channel);
            return inf.inflate(scratch);
        } finally {
            inf.end();
        }
    }

    /** Decompress the channel and decode its span batch (prefix, payload, all transaction columns). */
    @Benchmark
    public void decompressAndDecode(Blackhole bh) {
        try (BatchReader r = BatchReader.open(channel, 100_000_000, true)) {
            for (Batch b; (b = r.nextBatch()) != null; ) bh.consume(b);
        }
    }

    /** The same, then derive the span batch: absolute timestamps, origins and every EIP-2718 transaction rebuilt. */
    @Benchmark
    public void decompressDecodeAndDerive(Blackhole bh) {
        try (BatchReader r = BatchReader.open(channel, 100_000_000, true)) {
            for (Batch b; (b = r.nextBatch()) != null; ) {
                bh.consume(SpanBatch.derive((RawSpanBatch) b, 2, 0, 10));
            }
        }
    }
}
