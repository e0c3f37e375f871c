package io.kona4j.bench.primitives;

import io.kona4j.primitives.Keccak256;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2 targets on one core: Keccak-256 of 32 bytes ≤ 400 ns (a storage key), of 532 bytes (a full branch node),
 * and bulk ≥ 350 MB/s ({@code bulk1MiB}: MB/s = 1.048576 / (µs per op) × 10^6 / 10^6). Run with
 * {@code java -jar bench/target/benchmarks.jar KeccakBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeccakBenchmark {
    private byte[] in32;
    private byte[] in532;
    private byte[] in1MiB;
    private final byte[] out = new byte[32];

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        in32 = new byte[32];
        in532 = new byte[532];
        in1MiB = new byte[1 << 20];
        for (byte[] b : new byte[][] {in32, in532, in1MiB}) {
            for (int i = 0; i < b.length; i++) b[i] = (byte) r.nextInt();
        }
    }

    @Benchmark
    public byte[] hash32() {
        Keccak256.digestInto(in32, 0, 32, out, 0);
        return out;
    }

    @Benchmark
    public byte[] hash532() {
        Keccak256.digestInto(in532, 0, 532, out, 0);
        return out;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] bulk1MiB() {
        Keccak256.digestInto(in1MiB, 0, in1MiB.length, out, 0);
        return out;
    }
}
