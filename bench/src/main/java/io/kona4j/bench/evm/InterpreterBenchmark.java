package io.kona4j.bench.evm;

import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.BlockHashLookup;
import io.kona4j.evm.Evm;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.Message;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * The interpreter loop on the interpreter-bound workloads of {@code ../shared/bench} (one transaction each, fresh
 * state per invocation; the setup checks gasUsed against {@code manifest.json}). Mgas/s = gasUsed / time.
 * Run with {@code java -jar bench/target/benchmarks.jar InterpreterBenchmark} (set {@code KONA4J_SHARED} or
 * {@code -Dkona4j.shared} when not started from the worktree).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class InterpreterBenchmark {
    static final Address TARGET = Address.fromHex("0x00000000000000000000000000000000c0de0001");
    static final Address CALLEE = Address.fromHex("0x00000000000000000000000000000000c0de0002");
    static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    static final Map<String, Long> EXPECTED_GAS = Map.of("arith", 17_043_110L, "keccak", 8_743_126L,
            "memory", 14_613_957L, "storage", 24_621_124L, "calls", 5_500_615L);

    @Param({"arith", "keccak", "memory", "storage", "calls"})
    String workload;

    private Evm evm;
    private InMemoryState pre;
    private BlockEnv env;
    private Message msg;

    @Setup
    public void setup() throws IOException {
        Path bench = sharedBench();
        pre = new InMemoryState();
        pre.put(SENDER, 0, UInt256.ONE.add(UInt256.ONE).add(UInt256.valueOf(Long.MAX_VALUE)), new byte[0], Map.of());
        pre.put(TARGET, 1, UInt256.ZERO, Hex.decode(Files.readString(bench.resolve(workload + ".hex")).strip()), Map.of());
        if (workload.equals("calls")) {
            pre.put(CALLEE, 1, UInt256.ZERO, Hex.decode(Files.readString(bench.resolve("calls_callee.hex")).strip()), Map.of());
        }
        env = new BlockEnv(1, 1000, Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"), 30_000_000L,
                UInt256.valueOf(7), Hash.leftPad(new byte[] {2, 0, 0}), UInt256.ONE, BlockHashLookup.NONE);
        msg = Message.call(SENDER, TARGET, UInt256.ZERO, new byte[0], 30_000_000L).withGasPrice(UInt256.valueOf(10));
        evm = new Evm(SpecId.CANCUN, 1);
        long gas = run().gasUsed();
        if (gas != EXPECTED_GAS.get(workload)) {
            throw new IllegalStateException(workload + " used " + gas + " gas, manifest says " + EXPECTED_GAS.get(workload));
        }
    }

    @Benchmark
    public ExecutionResult run() {
        return evm.transact(msg, env, new JournaledState(pre));
    }

    static Path sharedBench() {
        String prop = System.getProperty("kona4j.shared", System.getenv("KONA4J_SHARED"));
        if (prop != null && !prop.isBlank()) return Path.of(prop, "bench");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("bench");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("cannot find shared/bench: set KONA4J_SHARED or -Dkona4j.shared");
    }
}
