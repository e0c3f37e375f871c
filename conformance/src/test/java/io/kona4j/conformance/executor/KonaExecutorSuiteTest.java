package io.kona4j.conformance.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.conformance.KnownFailures;
import io.kona4j.conformance.SuiteReport;
import org.junit.jupiter.api.Test;

class KonaExecutorSuiteTest {
    @Test
    void everyFixtureBlockReproducesItsHash() throws Exception {
        SuiteReport report = KnownFailures.runAndCheck("kona-executor");
        // 5 blocks from the archives, 5 from the extracted folders, 4 chained (26207960..63).
        assertThat(report.passed() + report.failed()).isEqualTo(14);
    }
}
