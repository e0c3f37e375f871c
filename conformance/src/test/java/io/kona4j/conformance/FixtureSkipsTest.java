package io.kona4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FixtureSkipsTest {
    private static final String LIST = """
            # comment
            [old-rule] filled under a draft rule
            a/case1
            a/case2
            [dropped] feature dropped from the fork
            b/case3
            """;

    @Test
    void listedFailuresAreSkippedUnderTheirGroupAndOthersCountAsUsual() {
        FixtureSkips skips = FixtureSkips.parse("test", LIST);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SuiteReport report = new SuiteReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        skips.record(report, "a/case1", "state root differs");
        skips.record(report, "b/case3", "state root differs");
        skips.record(report, "c/other", null);
        skips.record(report, "c/broken", "logs differ");
        report.printSkipGroups();
        assertThat(report.summary()).isEqualTo("1 passed, 1 failed, 2 skipped");
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "FAIL c/broken: logs differ",
                "SKIP [dropped] 1 cases: feature dropped from the fork",
                "  SKIP b/case3",
                "SKIP [old-rule] 1 cases: filled under a draft rule",
                "  SKIP a/case1");
    }

    @Test
    void aListedCaseThatPassesIsAFailure() {
        FixtureSkips skips = FixtureSkips.parse("test", LIST);
        SuiteReport report = new SuiteReport(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        skips.record(report, "a/case2", null);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().asString().contains("[old-rule] but passes");
    }

    @Test
    void malformedListsAreRejected() {
        assertThatThrownBy(() -> FixtureSkips.parse("x", "a/case\n")).hasMessageContaining("before any [group]");
        assertThatThrownBy(() -> FixtureSkips.parse("x", "[g]\n")).hasMessageContaining("'[id] reason'");
        assertThatThrownBy(() -> FixtureSkips.parse("x", "[g] r\nc\nc\n")).hasMessageContaining("listed twice");
    }

    @Test
    void aSuiteWithoutAListSkipsNothing() {
        assertThat(FixtureSkips.forSuite("no-such-suite").size()).isZero();
    }
}
