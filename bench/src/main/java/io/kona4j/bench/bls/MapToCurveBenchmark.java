package io.kona4j.bench.bls;

import io.kona4j.crypto.bls12381.Bls12381Precompiles;
import io.kona4j.crypto.bls12381.Fp;
import io.kona4j.crypto.precompile.PrecompiledContract;
import java.math.BigInteger;
import java.util.Random;
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
 * EIP-2537 MAP_FP_TO_G1 in pure Java against blst's encode_to_curve for G1 (hash_to_field, one map, cofactor
 * clearing) as the nearest native reference; the G2 pair is in {@link Bls12381Benchmark}. Run with
 * {@code java -jar bench/target/benchmarks.jar MapToCurveBenchmark -prof io.kona4j.bench.primitives.CpuTimeProfiler}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class MapToCurveBenchmark {
    private PrecompiledContract mapG1;
    private byte[] mapInput;

    @Setup
    public void setup() {
        mapG1 = Bls12381Precompiles.mapFpToG1();
        mapInput = new byte[64];
        Fp.of(new BigInteger(380, new Random(42))).toBytes(mapInput, 16);
    }

    @Benchmark
    public byte[] mapFpToG1() {
        return mapG1.run(mapInput);
    }

    @Benchmark
    public byte[] blstEncodeToG1() {
        return new supranational.blst.P1().encode_to(mapInput, "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_NU_")
                .serialize();
    }
}
