package io.kona4j.conformance.opvectors;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class OpVectorsSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("op-vectors");
    }
}
