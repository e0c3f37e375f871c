package io.kona4j.bench.mpt;

import io.kona4j.mpt.Trie;
import io.kona4j.primitives.Hash;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3 targets: the root of 100,000 random 32-byte keys with 32-byte values built from scratch (≤ 400 ms warm),
 * and 1,000 random value updates in a 100,000-entry trie followed by a re-root (≤ 25 ms). Run with
 * {@code java -jar bench/target/benchmarks.jar TrieRootBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class TrieRootBenchmark {
    static final int ENTRIES = 100_000;
    static final int UPDATES = 1_000;

    private byte[][] keys;
    private byte[][] values;
    private Trie base;
    private byte[][] updateKeys;
    private byte[][] updateValues;
    private SplittableRandom rnd;

    @Setup(Level.Trial)
    public void setUp() {
        rnd = new SplittableRandom(42);
        keys = new byte[ENTRIES][];
        values = new byte[ENTRIES][];
        for (int i = 0; i < ENTRIES; i++) {
            keys[i] = random(32);
            values[i] = random(32);
        }
    }

    /** The 100,000-entry trie with its hashes cached, and 1,000 new values for random existing keys (size stays 100,000). */
    @Setup(Level.Invocation)
    public void freshBase() {
        if (base == null) {
            base = Trie.empty();
            for (int i = 0; i < ENTRIES; i++) base.put(keys[i], values[i]);
        }
        base.rootHash();
        updateKeys = new byte[UPDATES][];
        updateValues = new byte[UPDATES][];
        for (int i = 0; i < UPDATES; i++) {
            updateKeys[i] = keys[rnd.nextInt(ENTRIES)];
            updateValues[i] = random(32);
        }
    }

    @Benchmark
    public Hash root100k() {
        Trie t = Trie.empty();
        for (int i = 0; i < ENTRIES; i++) t.put(keys[i], values[i]);
        return t.rootHash();
    }

    @Benchmark
    public Hash update1kThenReroot() {
        for (int i = 0; i < UPDATES; i++) base.put(updateKeys[i], updateValues[i]);
        return base.rootHash();
    }

    private byte[] random(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i += 8) {
            long v = rnd.nextLong();
            for (int j = 0; j < 8 && i + j < n; j++) b[i + j] = (byte) (v >>> (8 * j));
        }
        return b;
    }
}
