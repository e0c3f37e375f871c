package io.kona4j.conformance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts a suite's cases and prints one line per failing or skipped case. The closing line is exactly
 * {@code N passed, M failed} with {@code , K skipped} only when something was skipped. Cases skipped under a
 * {@link FixtureSkips.Group} are collected and printed by {@link #printSkipGroups()}: one reason line per group,
 * then its cases.
 */
public final class SuiteReport {
    private final PrintStream out;
    private final boolean verbose;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<FixtureSkips.Group, TreeSet<String>> skipGroups =
            new TreeMap<>(Comparator.comparing(FixtureSkips.Group::id));
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

    /** A case skipped as one of {@code group}; printed with its group by {@link #printSkipGroups()}. */
    public synchronized void skip(String caseName, FixtureSkips.Group group) {
        skipped++;
        skipGroups.computeIfAbsent(group, g -> new TreeSet<>()).add(caseName);
    }

    /**
     * Prints every group of skipped cases (ordered by id): {@code SKIP [id] N cases: reason}, then
     * {@code   SKIP <case>} per case in name order.
     */
    public synchronized void printSkipGroups() {
        for (Map.Entry<FixtureSkips.Group, TreeSet<String>> e : skipGroups.entrySet()) {
            FixtureSkips.Group g = e.getKey();
            out.println("SKIP [" + g.id() + "] " + e.getValue().size() + " cases: " + g.reason());
            for (String c : e.getValue()) out.println("  SKIP " + c);
        }
    }

    /** The cases skipped under each group, groups ordered by id. */
    public synchronized Map<FixtureSkips.Group, List<String>> skipGroups() {
        Map<FixtureSkips.Group, List<String>> m = new LinkedHashMap<>();
        skipGroups.forEach((g, cases) -> m.put(g, List.copyOf(cases)));
        return m;
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
