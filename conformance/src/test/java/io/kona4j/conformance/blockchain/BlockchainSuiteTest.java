package io.kona4j.conformance.blockchain;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class BlockchainSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("blockchain");
    }
}
