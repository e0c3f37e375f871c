package io.kona4j.bench.bls;

import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.crypto.kzg.KzgPointEvaluation;
import java.util.Arrays;
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
 * Issue 5 target: the 0x0a point evaluation precompile in pure Java (≤ 5 ms, within 5× of native) beside the same
 * check through java-eth-kzg (versioned hash, then verify_kzg_proof). The opening is made by java-eth-kzg for a
 * random blob. Run with {@code java -jar bench/target/benchmarks.jar KzgPointEvaluationBenchmark -wi 3 -i 5 -f 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class KzgPointEvaluationBenchmark {
    private byte[] input;
    private byte[] commitment;
    private byte[] z;
    private byte[] y;
    private byte[] proof;
    private EthKzgBlobKzg nativeKzg;

    @Setup
    public void setup() {
        nativeKzg = EthKzgBlobKzg.instance();
        Random rnd = new Random(7);
        byte[] blob = new byte[BlobKzg.BYTES_PER_BLOB];
        rnd.nextBytes(blob);
        for (int i = 0; i < blob.length; i += 32) {
            blob[i] &= 0x3f;
        }
        commitment = nativeKzg.blobToCommitment(blob);
        z = new byte[32];
        rnd.nextBytes(z);
        z[0] &= 0x3f;
        BlobKzg.ProofAndEvaluation pe = nativeKzg.computeProof(blob, z);
        y = pe.y();
        proof = pe.proof();
        input = new byte[192];
        System.arraycopy(BlobKzg.versionedHash(commitment), 0, input, 0, 32);
        System.arraycopy(z, 0, input, 32, 32);
        System.arraycopy(y, 0, input, 64, 32);
        System.arraycopy(commitment, 0, input, 96, 48);
        System.arraycopy(proof, 0, input, 144, 48);
        if (KzgPointEvaluation.INSTANCE.run(input) == null) {
            throw new IllegalStateException("benchmark opening does not verify");
        }
    }

    @Benchmark
    public byte[] java() {
        return KzgPointEvaluation.INSTANCE.run(input);
    }

    @Benchmark
    public boolean nativeEthKzg() {
        byte[] h = BlobKzg.versionedHash(Arrays.copyOfRange(input, 96, 144));
        return Arrays.equals(h, 0, 32, input, 0, 32) && nativeKzg.verifyProof(commitment, z, y, proof);
    }
}
