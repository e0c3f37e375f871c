package io.kona4j.proof;

import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.executor.fixture.FixtureLoader;
import io.kona4j.primitives.Hex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kona-executor fixture (real OP Sepolia block, ../shared/testdata/kona-executor) served as keccak preimages. */
public final class FixtureOracle {
    private FixtureOracle() {}

    static Path fixtureDir(String block) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata").resolve("kona-executor").resolve("extracted")
                    .resolve(block);
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("../shared/testdata/kona-executor/extracted/" + block + " not found");
    }

    public static ExecutorFixture fixture(String block) {
        return FixtureLoader.loadFolder(fixtureDir(block));
    }

    /** Every entry of the fixture's kv.hex.txt, stored under the keccak256 key of its value. */
    public static TestOracle oracle(String block) {
        TestOracle o = new TestOracle();
        try (BufferedReader r = Files.newBufferedReader(fixtureDir(block).resolve("kv.hex.txt"), StandardCharsets.US_ASCII)) {
            String line;
            while ((line = r.readLine()) != null) {
                int sp = line.indexOf(' ');
                if (sp > 0) o.putKeccak(Hex.decode(line.substring(sp + 1).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o;
    }
}
