package io.kona4j.crypto.bls12381;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.primitives.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads go-ethereum's precompile vector files in place from ../shared/testdata/precompiles/go-ethereum. */
final class PrecompileVectors {
    record Vector(String name, byte[] input, byte[] expected, long gas, String expectedError) {}

    private PrecompileVectors() {}

    static Path dir() {
        String shared = System.getProperty("kona4j.shared", "../../shared");
        return Path.of(shared, "testdata", "precompiles", "go-ethereum");
    }

    static List<Vector> load(String file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(dir().resolve(file)));
            List<Vector> out = new ArrayList<>();
            for (JsonNode n : root) {
                out.add(new Vector(n.path("Name").asText(), Hex.decode(n.path("Input").asText()),
                        n.has("Expected") ? Hex.decode(n.path("Expected").asText()) : null,
                        n.path("Gas").asLong(-1), n.has("ExpectedError") ? n.path("ExpectedError").asText() : null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " under " + dir(), e);
        }
    }
}
