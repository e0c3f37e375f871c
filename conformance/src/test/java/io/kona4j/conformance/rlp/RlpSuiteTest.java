package io.kona4j.conformance.rlp;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class RlpSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("rlp");
    }
}
