package io.kona4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvmBenchCommandTest {
    static Path bench() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("bench");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("../shared/bench not found");
    }

    @Test
    void reproducesTheManifestsExpectedResults() {
        // storage and calls: the cheapest workloads, one of them with an extra account
        int[] exit = new int[1];
        String out = ExecuteFixtureCommandTest.run(exit, "evm", "bench", "--runs", "1", "--dir", bench().toString(),
                "storage", "calls");
        assertThat(out).contains("storage        gas  24,621,124 and slot0 as expected")
                .contains("calls          gas   5,500,615 and slot0 as expected")
                .contains("2 workloads, 2 as expected");
        assertThat(exit[0]).isZero();
    }

    @Test
    void anUnknownWorkloadIsAClearError() {
        int[] exit = new int[1];
        ExecuteFixtureCommandTest.run(exit, "evm", "bench", "--dir", bench().toString(), "nonesuch");
        assertThat(exit[0]).isEqualTo(1);
    }

    @Test
    void aGarbledManifestIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"workloads\": [1, 2");
        int[] exit = new int[1];
        ExecuteFixtureCommandTest.run(exit, "evm", "bench", "--dir", dir.toString());
        assertThat(exit[0]).isEqualTo(1);
    }
}
