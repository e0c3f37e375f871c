package io.kona4j.conformance.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.conformance.FixtureSkips;
import io.kona4j.conformance.KnownFailures;
import io.kona4j.conformance.SuiteReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PragueSuiteTest {
    @Test
    void passesAllButTheNamedOutdatedFixtures() throws Exception {
        SuiteReport report = KnownFailures.runAndCheck("prague");
        FixtureSkips skips = FixtureSkips.forSuite("prague");
        assertThat(report.failed()).isZero();
        assertThat(report.skipped()).as("every case of %s was met and still fails", skips.source())
                .isEqualTo(skips.size());
        Map<String, Integer> perGroup = new LinkedHashMap<>();
        report.skipGroups().forEach((g, cases) -> perGroup.put(g.id(), cases.size()));
        // 15 EIP-7623 refund/floor cases, 13 EIP-7702 EXTCODE* cases, 81 evmone EOF cases (see the list's reasons)
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(
                Map.of("eip7623-floor-before-refund", 15, "eip7702-extcode-0xef01", 13, "eof", 81));
    }
}
