package io.kona4j.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main command: every verdict as expected (the wrong claim rejected), and bad flags refused. */
class DemoCommandTest {
    @Test
    void demoDecidesEveryClaimAsExpected() {
        assertThat(Kona4j.commandLine().execute("demo", "--blocks", "6", "--seed", "3")).isZero();
    }

    @Test
    void tooFewBlocksIsAnError() {
        assertThat(Kona4j.commandLine().execute("demo", "--blocks", "2")).isEqualTo(1);
    }
}
