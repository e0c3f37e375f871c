package io.kona4j.bench.executor;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.executor.StatelessL2Builder;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.executor.fixture.FixtureLoader;
import io.kona4j.executor.fixture.PreimageStore;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.RollupConfig;
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

/**
 * Issue 6 target: building one kona-executor fixture block (real OP Sepolia) warm, from a fresh
 * {@link StatelessL2Builder} over the fixture's in-memory witness, ≤ 20 ms per block on average. Every build is
 * checked once against the expected hash in setup. Mgas/s = the block's gas (printed in setup) / the time per op.
 * Run with {@code java -Xss16m -jar bench/target/benchmarks.jar ExecutorFixtureBenchmark -wi 3 -i 5 -f 1}; the
 * fixtures are read from {@code ../shared/testdata/kona-executor/extracted} (or {@code -Dkona4j.shared=…}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xmx2g"})
public class ExecutorFixtureBenchmark {
    @Param({"26207960", "26207961", "26207962", "26207963", "26208858"})
    public String block;

    private RollupConfig config;
    private PreimageStore store;
    private Header parent;
    private OpPayloadAttributes attrs;

    @Setup
    public void setUp() {
        ExecutorFixture f = FixtureLoader.loadFolder(fixtures().resolve("block-" + block));
        config = f.rollupConfig();
        store = f.store();
        parent = f.parentHeader();
        attrs = f.attributes();
        BlockBuildingOutcome out = build();
        Hash want = f.expectedBlockHash();
        if (!out.blockHash().equals(want)) {
            throw new IllegalStateException("block " + block + " built " + out.blockHash() + ", expected " + want);
        }
        System.out.printf("%nblock %s: %,d gas, %d transactions%n", block, out.gasUsed(), attrs.transactions().size());
    }

    private BlockBuildingOutcome build() {
        return new StatelessL2Builder(config, store, TrieHinter.NOOP, parent).buildBlock(attrs);
    }

    @Benchmark
    public Hash buildBlock() {
        return build().blockHash();
    }

    static Path fixtures() {
        String prop = System.getProperty("kona4j.shared", System.getenv("KONA4J_SHARED"));
        if (prop != null && !prop.isBlank()) return Path.of(prop, "testdata", "kona-executor", "extracted");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata").resolve("kona-executor").resolve("extracted");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("kona-executor fixtures not found: set -Dkona4j.shared=<path to shared/>");
    }
}
