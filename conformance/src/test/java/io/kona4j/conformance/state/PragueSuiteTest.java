package io.kona4j.conformance.state;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class PragueSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("prague");
    }
}
