package io.kona4j.conformance.witness;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class WitnessSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("witness");
    }
}
