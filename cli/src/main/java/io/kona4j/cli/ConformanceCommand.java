package io.kona4j.cli;

import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.SuiteRunner;
import io.kona4j.conformance.Suites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kona4j conformance <suite> [PATH...]}: runs one external suite and closes with its pass/fail line. */
@Command(name = "conformance", description = "Run an external conformance suite (default data: ../shared/testdata).")
public final class ConformanceCommand implements Kona4jCommand {
    @Parameters(index = "0", arity = "0..1", description = "Suite name; omit to list the suites.")
    String suite;

    @Parameters(index = "1..*", description = "Files or folders (default: the suite's folder under ../shared/testdata).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Print passing cases too.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (suite == null) {
            Map<String, Suite> all = Suites.all();
            System.out.println("suites:");
            all.values().forEach(s -> System.out.printf("  %-18s %s%n", s.name(), s.description()));
            return 0;
        }
        long t0 = System.nanoTime();
        SuiteReport report = SuiteRunner.run(suite, paths, System.out, verbose);
        System.err.printf("%s: %.1f s%n", suite, (System.nanoTime() - t0) / 1e9);
        System.out.println(report.summary());
        return report.failed() == 0 ? 0 : 1;
    }
}
