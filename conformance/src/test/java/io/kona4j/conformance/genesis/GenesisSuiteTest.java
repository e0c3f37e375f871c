package io.kona4j.conformance.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.conformance.KnownFailures;
import org.junit.jupiter.api.Test;

class GenesisSuiteTest {
    @Test
    void opSepoliaGenesisMatchesTheRegistry() throws Exception {
        assertThat(KnownFailures.runAndCheck("genesis").passed()).isEqualTo(1);
    }
}
