package io.kona4j.cli;

import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.Evm;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.Message;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times one transaction for {@code kona4j evm run --bench} and {@code kona4j evm bench}: warm-up runs (at least
 * max(10, R) and three seconds, so the JIT has compiled the loop even on a busy machine), then R timed runs, each on a fresh
 * {@link JournaledState} over the same pre-state, each checked against the first run's gas, status and slot 0.
 */
final class EvmTiming {
    /**
     * The medians of the timed runs: wall-clock time, and the running thread's CPU time (what the run would take
     * on an idle core; on a shared machine the wall clock also counts time spent waiting for one).
     */
    record Result(long medianNanos, long medianCpuNanos, int runs, int warmup) {
        double mgasPerSecond(long gasUsed) {
            return gasUsed / (medianNanos / 1e9) / 1e6;
        }

        double cpuMgasPerSecond(long gasUsed) {
            return gasUsed / (medianCpuNanos / 1e9) / 1e6;
        }
    }

    private EvmTiming() {}

    static Result measure(Evm evm, Message msg, BlockEnv env, InMemoryState pre, ExecutionResult first,
                          Address target, UInt256 slot0, int runs) {
        int warmup = 0;
        long warmStart = System.nanoTime();
        while (warmup < Math.max(10, runs) || System.nanoTime() - warmStart < 3_000_000_000L) {
            JournaledState s = new JournaledState(pre);
            check(evm.transact(msg, env, s, OperationTracer.NO_TRACING), s, first, target, slot0, "warm-up " + warmup);
            warmup++;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            JournaledState s = new JournaledState(pre);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ExecutionResult r = evm.transact(msg, env, s, OperationTracer.NO_TRACING);
            times[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            check(r, s, first, target, slot0, "run " + i);
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Result(times[runs / 2], cpu[runs / 2], runs, warmup);
    }

    private static void check(ExecutionResult got, JournaledState s, ExecutionResult first, Address target,
                              UInt256 slot0, String which) {
        if (got.gasUsed() != first.gasUsed() || got.status() != first.status()) {
            throw new IllegalStateException(which + " differs from the first (gas used " + got.gasUsed() + ")");
        }
        if (!s.storage(target, UInt256.ZERO).equals(slot0)) throw new IllegalStateException(which + " wrote another slot 0");
    }
}
