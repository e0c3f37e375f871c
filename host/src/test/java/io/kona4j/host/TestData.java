package io.kona4j.host;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/testdata (the {@code kona4j.shared} property, {@code KONA4J_SHARED}, or a parent's sibling). */
public final class TestData {
    private TestData() {}

    public static Path testdata() {
        String prop = System.getProperty("kona4j.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop, "testdata");
        String env = System.getenv("KONA4J_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env, "testdata");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("cannot find ../shared/testdata: set KONA4J_SHARED or -Dkona4j.shared");
    }
}
