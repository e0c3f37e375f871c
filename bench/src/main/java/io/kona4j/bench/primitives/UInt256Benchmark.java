package io.kona4j.bench.primitives;

import io.kona4j.primitives.UInt256;
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
 * {@link UInt256} arithmetic on full-width random operands (a 128-bit divisor and modulus, the common case of a
 * wide division): add, mul, div, mulmod over the 512-bit product, exp with a 256-bit exponent. Run with
 * {@code java -jar bench/target/benchmarks.jar UInt256Benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UInt256Benchmark {
    private UInt256 a;
    private UInt256 b;
    private UInt256 divisor;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        a = UInt256.ofLimbs(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
        b = UInt256.ofLimbs(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
        divisor = UInt256.ofLimbs(0, 0, r.nextLong() | 1L << 62, r.nextLong());
    }

    @Benchmark
    public UInt256 add() {
        return a.add(b);
    }

    @Benchmark
    public UInt256 mul() {
        return a.mul(b);
    }

    @Benchmark
    public UInt256 div() {
        return a.div(divisor);
    }

    @Benchmark
    public UInt256 mulMod() {
        return a.mulMod(b, divisor);
    }

    @Benchmark
    public UInt256 exp() {
        return a.exp(b);
    }
}
