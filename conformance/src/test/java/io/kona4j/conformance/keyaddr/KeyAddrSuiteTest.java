package io.kona4j.conformance.keyaddr;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class KeyAddrSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("keyaddr");
    }
}
