package io.kona4j.host.kv;

import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads RocksDB directories written by Kona (its executor fixtures, ../shared/testdata/kona-executor) with the disk
 * store and checks every entry against the independent dump beside them: the on-disk format is the same.
 */
class KonaDataDirTest {
    @TempDir
    Path tmp;

    @Test
    void everyKonaExecutorFixtureReadsBackEntryForEntry() throws Exception {
        Path fixtures = io.kona4j.host.TestData.testdata().resolve("kona-executor");
        List<String> blocks = List.of("26207960", "26207961", "26207962", "26207963", "26208858");
        for (String block : blocks) {
            Path kv = extract(fixtures.resolve("block-" + block + ".tar.gz"), "block-" + block);
            Map<String, String> expected = new HashMap<>();
            for (String line : Files.readAllLines(fixtures.resolve("extracted/block-" + block + "/kv.hex.txt"))) {
                if (line.isBlank()) continue;
                String[] kvp = line.trim().split(" ");
                expected.put(kvp[0], kvp.length > 1 ? kvp[1] : "");
            }
            Map<String, String> actual = new HashMap<>();
            try (DiskKeyValueStore disk = DiskKeyValueStore.openReadOnly(kv)) {
                disk.forEachRaw((k, v) -> {
                    actual.put(Hex.encodeNoPrefix(k), Hex.encodeNoPrefix(v));
                    assertThat(Keccak256.digest(v)).isEqualTo(k);
                });
            }
            assertThat(actual).as("block %s", block).hasSizeGreaterThan(100).isEqualTo(expected);
        }
    }

    private Path extract(Path tar, String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(tmp.resolve(name + "-x"));
        Process p = new ProcessBuilder("tar", "-xf", tar.toString(), "-C", out.toString(), "--exclude=._*")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.resolve(name).resolve("kv");
    }
}
