package io.kona4j.conformance.executor;

import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.Header;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.executor.fixture.FixtureLoader;
import io.kona4j.executor.fixture.FixtureRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kona's executor fixtures (real OP Sepolia blocks): every block is built statelessly on its parent and must hash to
 * the published block hash. Each block runs from its archive (the RocksDB store) and from its extracted folder
 * ({@code kv.hex.txt}); then every run of consecutive blocks is built in one chain from the union of their stores.
 * Cases: {@code tar/block-N}, {@code extracted/block-N}, {@code chain/block-N}.
 */
public final class KonaExecutorSuite implements Suite {
    @Override
    public String name() {
        return "kona-executor";
    }

    @Override
    public String description() {
        return "kona's executor fixtures: real OP Sepolia blocks rebuilt statelessly to the exact block hash";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("kona-executor"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        for (Path root : paths) {
            List<ExecutorFixture> archives = new ArrayList<>();
            List<ExecutorFixture> folders = new ArrayList<>();
            if (Files.isRegularFile(root)) {
                archives.add(FixtureLoader.loadArchive(root));
            } else {
                try (Stream<Path> s = Files.list(root)) {
                    for (Path p : s.sorted().toList()) {
                        String n = p.getFileName().toString();
                        if (Files.isRegularFile(p) && (n.endsWith(".tar.gz") || n.endsWith(".tar"))) {
                            archives.add(FixtureLoader.loadArchive(p));
                        }
                    }
                }
                Path extracted = root.resolve("extracted");
                if (Files.isRegularFile(root.resolve("fixture.json"))) folders.add(FixtureLoader.loadFolder(root));
                else if (Files.isDirectory(extracted)) folders.addAll(FixtureLoader.load(extracted));
            }
            List<ExecutorFixture> all = new ArrayList<>(archives);
            all.addAll(folders);
            Map<Long, Header> expected = FixtureRunner.expectedHeaders(all);
            for (ExecutorFixture f : archives) record(report, "tar/", FixtureRunner.run(f, expected));
            for (ExecutorFixture f : folders) record(report, "extracted/", FixtureRunner.run(f, expected));
            List<ExecutorFixture> chainSource = archives.isEmpty() ? folders : archives;
            for (List<ExecutorFixture> run : consecutiveRuns(chainSource)) {
                for (FixtureRunner.Result r : FixtureRunner.runChained(run, expected)) record(report, "chain/", r);
            }
        }
    }

    /** Maximal runs of two or more fixtures where each builds on the block of the one before. */
    static List<List<ExecutorFixture>> consecutiveRuns(List<ExecutorFixture> fixtures) {
        List<ExecutorFixture> sorted = new ArrayList<>(fixtures);
        sorted.sort((a, b) -> Long.compare(a.parentHeader().number(), b.parentHeader().number()));
        List<List<ExecutorFixture>> runs = new ArrayList<>();
        List<ExecutorFixture> cur = new ArrayList<>();
        for (ExecutorFixture f : sorted) {
            if (!cur.isEmpty() && f.parentHeader().number() != cur.get(cur.size() - 1).parentHeader().number() + 1) {
                if (cur.size() > 1) runs.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(f);
        }
        if (cur.size() > 1) runs.add(cur);
        return runs;
    }

    private static void record(SuiteReport report, String prefix, FixtureRunner.Result r) {
        String name = prefix + r.name();
        if (r.passed()) {
            report.pass(name);
            report.info(String.format("  %s #%d gas %,d %.1f ms %.1f Mgas/s", name, r.number(), r.gasUsed(),
                    r.nanos() / 1e6, r.mgasPerSecond()));
            return;
        }
        StringBuilder why = new StringBuilder();
        if (r.error() != null) why.append(r.error());
        else why.append("built ").append(r.built().hash()).append(", expected ").append(r.expectedHash());
        for (String d : r.diff()) why.append("\n    ").append(d);
        report.fail(name, why.toString());
    }
}
