package io.kona4j.conformance.tx;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class TransactionSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("tx");
    }
}
