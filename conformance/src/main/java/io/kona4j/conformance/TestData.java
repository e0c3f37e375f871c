package io.kona4j.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (the external test data lives in its {@code testdata} folder). Looked up in order: the
 * {@code kona4j.shared} system property, the {@code KONA4J_SHARED} environment variable, then {@code shared} beside
 * the current directory or any of its parents.
 */
public record TestData(Path shared) {
    public static TestData locate() {
        String prop = System.getProperty("kona4j.shared");
        if (prop != null && !prop.isBlank()) return new TestData(Path.of(prop).toAbsolutePath().normalize());
        String env = System.getenv("KONA4J_SHARED");
        if (env != null && !env.isBlank()) return new TestData(Path.of(env).toAbsolutePath().normalize());
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared");
            if (Files.isDirectory(cand.resolve("testdata"))) return new TestData(cand.normalize());
        }
        throw new IllegalStateException(
                "cannot find the shared test data: set KONA4J_SHARED or -Dkona4j.shared to the shared/ folder");
    }

    public Path testdata() {
        return shared.resolve("testdata");
    }

    /** A path inside {@code testdata}. */
    public Path testdata(String relative) {
        return testdata().resolve(relative);
    }

    public Path bench() {
        return shared.resolve("bench");
    }
}
