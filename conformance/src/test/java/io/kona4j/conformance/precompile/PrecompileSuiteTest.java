package io.kona4j.conformance.precompile;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class PrecompileSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("precompile");
    }
}
