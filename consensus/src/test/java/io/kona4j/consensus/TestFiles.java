package io.kona4j.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared external test data in place (surefire sets {@code kona4j.shared}). */
final class TestFiles {
    private TestFiles() {}

    static Path testdata(String relative) {
        String shared = System.getProperty("kona4j.shared", "../../shared");
        Path p = Path.of(shared, "testdata").resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("missing shared test data " + p);
        return p;
    }

    static JsonNode json(String relative) throws IOException {
        return new ObjectMapper().readTree(testdata(relative).toFile());
    }
}
