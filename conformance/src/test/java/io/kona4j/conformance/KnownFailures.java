package io.kona4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a suite over its default data and checks its failures against the checked-in list
 * {@code known-failures/<suite>.txt} (one case name per line, {@code #} comments allowed). A new failure fails the
 * test, and so does a listed case that now passes, so the list always says exactly what does not work yet.
 */
public final class KnownFailures {
    private KnownFailures() {}

    public static SuiteReport runAndCheck(String suite) throws Exception {
        SuiteReport report = SuiteRunner.run(suite, List.of(), System.out, false);
        System.out.println(suite + ": " + report.summary());
        Set<String> failed = new TreeSet<>();
        for (String line : report.failures()) {
            String name = line.substring("FAIL ".length());
            int colon = name.indexOf(": ");
            failed.add(colon >= 0 ? name.substring(0, colon) : name);
        }
        Set<String> known = load(suite);
        assertThat(failed).as("failures of suite %s beyond known-failures/%s.txt", suite, suite)
                .isSubsetOf(known);
        assertThat(known).as("cases listed in known-failures/%s.txt that now pass: remove them", suite)
                .isSubsetOf(failed);
        assertThat(report.passed()).as("suite %s ran no case", suite).isPositive();
        return report;
    }

    static Set<String> load(String suite) throws IOException {
        Set<String> known = new TreeSet<>();
        try (InputStream in = KnownFailures.class.getResourceAsStream("/known-failures/" + suite + ".txt")) {
            if (in == null) return known;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) known.add(t);
            }
        }
        return known;
    }
}
