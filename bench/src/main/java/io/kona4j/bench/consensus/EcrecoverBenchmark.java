package io.kona4j.bench.consensus;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Keccak256;
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
 * Issue 2 target: ecrecover (public-key recovery and address) ≤ 150 µs on one core, through the installed
 * {@link Secp256k1} back end (pure Java by default). Run with
 * {@code java -jar bench/target/benchmarks.jar EcrecoverBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EcrecoverBenchmark {
    private byte[] hash;
    private Signature sig;

    @Setup
    public void setUp() {
        hash = Keccak256.digest(new byte[] {1, 2, 3});
        byte[] key = Keccak256.digest(new byte[] {4, 5, 6});
        sig = Secp256k1.signHash(hash, key);
        if (!Secp256k1.recoverAddress(hash, sig).equals(Secp256k1.addressOf(key))) {
            throw new IllegalStateException("recovery does not give the signer");
        }
    }

    @Benchmark
    public Address ecrecover() {
        return Secp256k1.recoverAddress(hash, sig);
    }
}
