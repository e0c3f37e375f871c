package io.kona4j.bench.primitives;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the benchmark process's CPU time per operation ({@code ·cpu}, in the benchmark's time unit), JIT and GC
 * threads included. On this shared two-core machine other processes stretch wall-clock time several times over;
 * CPU time is what one core spends, which is what the targets are about. Use with
 * {@code -prof io.kona4j.bench.primitives.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation (JIT and GC included), unaffected by other processes' load";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - start;
        long ops = result.getMetadata().getAllOps();
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOp = ops == 0 ? Double.NaN : cpuNanos / (double) ops / unit.toNanos(1);
        return List.of(new ScalarResult("cpu", perOp, shortName(unit) + "/op", AggregationPolicy.AVG));
    }

    private static String shortName(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            default -> unit.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
