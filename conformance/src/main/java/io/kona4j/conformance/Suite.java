package io.kona4j.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * One external conformance suite. Implementations are registered in
 * {@code META-INF/services/io.kona4j.conformance.Suite} and reached by name from the CLI and the JUnit tests alike.
 */
public interface Suite {
    /** The name used on the command line: {@code kona4j conformance <name>}. */
    String name();

    /** One line for the suite list. */
    String description();

    /** What the suite reads when no paths are given, inside the shared test-data folder. */
    List<Path> defaultPaths(TestData data);

    /**
     * Runs every case found under {@code paths}, recording each one in {@code report}. Cases that fail are reported,
     * never thrown; an exception here means the suite itself could not run (missing folder, unreadable file).
     */
    void run(List<Path> paths, SuiteReport report) throws Exception;
}
