package io.kona4j.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixture cases a suite does not count because the fixture, not kona4j, follows rules that are no longer (or never
 * were) those of the fork it is filed under: cases filled against a devnet draft of an EIP that changed before
 * the fork shipped, or features dropped from the fork. The list is {@code fixture-skips/<suite>.txt} on the class
 * path: a line {@code [group-id] reason} opens a group, the case names below it belong to it, {@code #} starts a
 * comment. Listed cases are still executed: one that fails is reported as skipped with its group's reason, one
 * that passes is a failure (the list is stale), and any other failing case stays a failure.
 */
public final class FixtureSkips {
    /** A named reason shared by several cases. */
    public record Group(String id, String reason) {}

    private static final FixtureSkips NONE = new FixtureSkips("none", Map.of(), List.of());

    private final String source;
    private final Map<String, Group> byCase;
    private final List<Group> groups;

    private FixtureSkips(String source, Map<String, Group> byCase, List<Group> groups) {
        this.source = source;
        this.byCase = byCase;
        this.groups = groups;
    }

    /** No skips. */
    public static FixtureSkips none() {
        return NONE;
    }

    /** The list of {@code suite}, or {@link #none()} when it has none. */
    public static FixtureSkips forSuite(String suite) {
        String resource = "/fixture-skips/" + suite + ".txt";
        try (InputStream in = FixtureSkips.class.getResourceAsStream(resource)) {
            if (in == null) return NONE;
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static FixtureSkips parse(String source, String text) {
        Map<String, Group> byCase = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        Group current = null;
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 2 || t.substring(close + 1).isBlank()) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": a group line is '[id] reason'");
                }
                current = new Group(t.substring(1, close), t.substring(close + 1).strip());
                groups.add(current);
            } else if (current == null) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": case '" + t + "' before any [group] line");
            } else if (byCase.put(t, current) != null) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": case '" + t + "' listed twice");
            }
        }
        return new FixtureSkips(source, Map.copyOf(byCase), List.copyOf(groups));
    }

    /** The group of {@code caseName}, or null when the case is not listed. */
    public Group groupOf(String caseName) {
        return byCase.get(caseName);
    }

    /** How many cases are listed. */
    public int size() {
        return byCase.size();
    }

    /** The groups in file order. */
    public List<Group> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** Where the list came from (for messages). */
    public String source() {
        return source;
    }

    /**
     * Records the outcome of a case: {@code problem} is null when it passed. Unlisted cases pass or fail as usual;
     * a listed case that fails is skipped under its group, a listed case that passes is a failure.
     */
    public void record(SuiteReport report, String caseName, String problem) {
        Group g = byCase.get(caseName);
        if (g == null) {
            if (problem == null) report.pass(caseName);
            else report.fail(caseName, problem);
        } else if (problem != null) {
            report.skip(caseName, g);
        } else {
            report.fail(caseName, "listed in " + source + " [" + g.id() + "] but passes: remove it from the list");
        }
    }
}
