package io.kona4j.conformance.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class HeaderSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        // 5 parent headers + 3 consecutive hashes and transaction roots + 3 expected headers and their 3 hashes.
        assertThat(KnownFailures.runAndCheck("header").passed()).isEqualTo(17);
    }
}
