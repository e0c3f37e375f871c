package io.kona4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.json.HeaderJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecuteFixtureCommandTest {
    static Path data() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata").resolve("kona-executor");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("../shared/testdata/kona-executor not found");
    }

    static String run(int[] exit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            exit[0] = Kona4j.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRealBlockPasses() {
        int[] exit = new int[1];
        String out = run(exit, "execute-fixture", data().resolve("block-26207960.tar.gz").toString());
        assertThat(exit[0]).isZero();
        assertThat(out).containsPattern("PASS block-26207960 #26207960  gas 953,624 .* Mgas/s").endsWith("1 passed, 0 failed\n");
    }

    @Test
    void aMismatchPrintsTheHeaderFieldsThatDiffer(@TempDir Path tmp) throws Exception {
        // The real block 26207960 with an expected header whose gas used is off by one (and the hash to match it).
        Path src = data().resolve("extracted/block-26207960");
        ObjectMapper m = new ObjectMapper();
        ObjectNode all = (ObjectNode) m.readTree(data().resolve("extracted/expected_headers_from_next_fixture.json").toFile());
        Header real = HeaderJson.fromTree(all.get("26207960"));
        Header wrong = real.toBuilder().gasUsed(real.gasUsed() + 1).build();
        ObjectNode expected = m.createObjectNode();
        expected.set("26207960", m.readTree(HeaderJson.toJson(wrong)));
        Files.writeString(tmp.resolve("expected_headers_from_next_fixture.json"), m.writeValueAsString(expected));
        Path dir = Files.createDirectory(tmp.resolve("block-26207960"));
        ObjectNode fixture = (ObjectNode) m.readTree(src.resolve("fixture.json").toFile());
        fixture.put("expected_block_hash", wrong.hash().toHex());
        Files.writeString(dir.resolve("fixture.json"), m.writeValueAsString(fixture));
        Files.copy(src.resolve("kv.hex.txt"), dir.resolve("kv.hex.txt"));

        int[] exit = new int[1];
        String out = run(exit, "execute-fixture", dir.toString());
        assertThat(exit[0]).isEqualTo(1);
        assertThat(out).contains("FAIL block-26207960 #26207960")
                .contains("built " + real.hash() + ", expected " + wrong.hash())
                .contains("  gasUsed: built 953624, expected 953625")
                .doesNotContain("stateRoot:")
                .endsWith("0 passed, 1 failed\n");
    }
}
