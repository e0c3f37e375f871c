package io.kona4j.conformance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts a suite's cases and prints one line per failing or skipped case. The closing line is exactly
 * {@code N passed, M failed} with {@code , K skipped} only when something was skipped.
 */
public final class SuiteReport {
    private final PrintStream out;
    private final boolean verbose;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private int passed;
    private int failed;
    private int skipped;

    public SuiteReport(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    public synchronized void pass(String caseName) {
        passed++;
        if (verbose) out.println("PASS " + caseName);
    }

    public synchronized void fail(String caseName, String reason) {
        failed++;
        String line = "FAIL " + caseName + ": " + reason;
        failures.add(line);
        out.println(line);
    }

    /** A case outside what kona4j targets; always named in the output. */
    public synchronized void skip(String caseName, String reason) {
        skipped++;
        out.println("SKIP " + caseName + ": " + reason);
    }

    /** Free-form information (counts, timings) printed as it comes. */
    public void info(String line) {
        out.println(line);
    }

    public synchronized int passed() {
        return passed;
    }

    public synchronized int failed() {
        return failed;
    }

    public synchronized int skipped() {
        return skipped;
    }

    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public synchronized String summary() {
        return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }
}
