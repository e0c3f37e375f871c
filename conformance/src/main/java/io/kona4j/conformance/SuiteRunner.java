package io.kona4j.conformance;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a suite over given paths, or over its defaults, and returns the filled report after printing its groups of
 * skipped cases.
 */
public final class SuiteRunner {
    private SuiteRunner() {}

    public static SuiteReport run(String suite, List<Path> paths, PrintStream out, boolean verbose) throws Exception {
        Suite s = Suites.get(suite);
        List<Path> in = paths.isEmpty() ? s.defaultPaths(TestData.locate()) : paths;
        SuiteReport report = new SuiteReport(out, verbose);
        s.run(in, report);
        report.printSkipGroups();
        return report;
    }
}
