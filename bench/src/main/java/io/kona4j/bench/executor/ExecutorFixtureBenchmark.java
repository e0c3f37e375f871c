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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6 target: building one kona-executor fixture block (real OP Sepolia) warm, from a fresh
 * {@link StatelessL2Builder} over the fixture's in-memory witness, ≤ 20 ms per block on average. Every build is
 * checked once against the expected hash in setup. Mgas/s = the block's gas (printed in setup) / the time per op.
 * {@code averageOfFiveBlocks} builds all five in turn and reports the time per block. Run with
 * {@code java -Xss16m -jar bench/target/benchmarks.jar ExecutorFixtureBenchmark.averageOfFiveBlocks -f 1}; the
 * fixtures are read from {@code ../shared/testdata/kona-executor/extracted} (or {@code -Dkona4j.shared=…}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xmx2g"})
public class ExecutorFixtureBenchmark {
    static final String[] BLOCKS = {"26207960", "26207961", "26207962", "26207963", "26208858"};

    /** One fixture, ready to build. */
    static final class Block {
        final RollupConfig config;
        final PreimageStore store;
        final Header parent;
        final OpPayloadAttributes attrs;

        Block(String number) {
            ExecutorFixture f = FixtureLoader.loadFolder(fixtures().resolve("block-" + number));
            config = f.rollupConfig();
            store = f.store();
            parent = f.parentHeader();
            attrs = f.attributes();
            BlockBuildingOutcome out = build();
            Hash want = f.expectedBlockHash();
            if (!out.blockHash().equals(want)) {
                throw new IllegalStateException("block " + number + " built " + out.blockHash() + ", expected " + want);
            }
            System.out.printf("%nblock %s: %,d gas, %d transactions%n", number, out.gasUsed(), attrs.transactions().size());
        }

        BlockBuildingOutcome build() {
            return new StatelessL2Builder(config, store, TrieHinter.NOOP, parent).buildBlock(attrs);
        }
    }

    /** A single block, by number. */
    @State(Scope.Thread)
    public static class PerBlock {
        @Param({"26207960", "26207961", "26207962", "26207963", "26208858"})
        public String block;
        Block b;

        @Setup
        public void setUp() {
            b = new Block(block);
        }
    }

    /** All five blocks, built in turn: the JIT sees the whole mix, and the score is the average per block. */
    @State(Scope.Thread)
    public static class AllBlocks {
        Block[] blocks;

        @Setup
        public void setUp() {
            blocks = new Block[BLOCKS.length];
            for (int i = 0; i < BLOCKS.length; i++) blocks[i] = new Block(BLOCKS[i]);
        }
    }

    @Benchmark
    public Hash buildBlock(PerBlock s) {
        return s.b.build().blockHash();
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void averageOfFiveBlocks(AllBlocks s, Blackhole bh) {
        for (Block b : s.blocks) bh.consume(b.build().blockHash());
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
