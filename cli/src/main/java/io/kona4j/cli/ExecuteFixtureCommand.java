package io.kona4j.cli;

import io.kona4j.consensus.Header;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.executor.fixture.FixtureLoader;
import io.kona4j.executor.fixture.FixtureRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kona4j execute-fixture PATH...}: builds kona executor fixtures (archives or extracted folders) statelessly
 * and checks each block's hash. Per block it prints the result, gas used, time and Mgas/s, and on a mismatch the
 * header fields that differ; it closes with {@code N passed, M failed}.
 */
@Command(name = "execute-fixture",
        description = "Build kona executor fixture blocks statelessly and compare them with the expected block hash.")
public final class ExecuteFixtureCommand implements Kona4jCommand {
    @Parameters(arity = "1..*", description = "Fixture archives (block-N.tar.gz), fixture folders, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--chain", description = "Build the fixtures as one chain, each block on the one built before, "
            + "from the union of their stores (they must be consecutive).")
    boolean chain;

    @Option(names = "--repeat", paramLabel = "N", description = "Build every block N times and report the last run "
            + "(a warm timing; default 1).")
    int repeat = 1;

    @Override
    public Integer call() {
        if (repeat < 1) throw new IllegalArgumentException("--repeat must be at least 1");
        long t0 = System.nanoTime();
        List<ExecutorFixture> fixtures = FixtureLoader.loadAll(paths);
        long preimages = 0;
        for (ExecutorFixture f : fixtures) preimages += f.store().size();
        System.out.printf("loaded %d fixture(s), %,d preimages, in %.0f ms%n", fixtures.size(), preimages,
                (System.nanoTime() - t0) / 1e6);
        Map<Long, Header> expected = FixtureRunner.expectedHeaders(fixtures);
        List<FixtureRunner.Result> results = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            results.clear();
            if (chain) results.addAll(FixtureRunner.runChained(fixtures, expected));
            else for (ExecutorFixture f : fixtures) results.add(FixtureRunner.run(f, expected));
        }
        int passed = 0;
        long gas = 0;
        long nanos = 0;
        long cpu = 0;
        for (FixtureRunner.Result r : results) {
            gas += r.gasUsed();
            nanos += r.nanos();
            cpu += r.cpuNanos();
            if (r.passed()) {
                passed++;
                System.out.printf("PASS %s #%d  gas %,d  %.2f ms (cpu %.2f ms)  %.1f Mgas/s%n", r.name(), r.number(),
                        r.gasUsed(), r.nanos() / 1e6, r.cpuNanos() / 1e6, r.mgasPerSecond());
            } else if (r.error() != null) {
                System.out.printf("FAIL %s #%d  %s%n", r.name(), r.number(), r.error());
            } else {
                System.out.printf("FAIL %s #%d  gas %,d  %.2f ms  built %s, expected %s%n", r.name(), r.number(),
                        r.gasUsed(), r.nanos() / 1e6, r.built().hash(), r.expectedHash());
                if (r.diff().isEmpty()) System.out.println("  (no expected header known for a field diff)");
                for (String d : r.diff()) System.out.println("  " + d);
            }
        }
        if (results.size() > 1) {
            System.out.printf("total gas %,d  %.2f ms (cpu %.2f ms)  %.1f Mgas/s  (%.2f ms per block)%n", gas,
                    nanos / 1e6, cpu / 1e6, nanos == 0 ? 0 : gas * 1e3 / nanos, nanos / 1e6 / results.size());
        }
        int failed = results.size() - passed;
        System.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
