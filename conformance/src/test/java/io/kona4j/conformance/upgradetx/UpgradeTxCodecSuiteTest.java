package io.kona4j.conformance.upgradetx;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class UpgradeTxCodecSuiteTest {
    @Test
    void matchesTheKnownFailures() throws Exception {
        KnownFailures.runAndCheck("upgrade-tx-codec");
    }
}
