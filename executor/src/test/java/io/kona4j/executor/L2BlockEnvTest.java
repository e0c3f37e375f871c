package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.executor.fixture.ExecutorFixture;
import io.kona4j.executor.fixture.FixtureLoader;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real OP Sepolia block 26207960: its base fee and extraData as published. */
class L2BlockEnvTest {
    static Path data() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata").resolve("kona-executor");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("../shared/testdata/kona-executor not found");
    }

    @Test
    void matchesThePublishedHeader() throws Exception {
        ExecutorFixture f = FixtureLoader.loadFolder(data().resolve("extracted/block-26207960"));
        Header expected = HeaderJson.fromTree(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(data().resolve("extracted/expected_headers_from_next_fixture.json").toFile()).get("26207960"));
        OpPayloadAttributes a = f.attributes();
        L2BlockEnv env = L2BlockEnv.of(f.rollupConfig(), f.parentHeader(), a);
        assertThat(env.number()).isEqualTo(expected.number());
        assertThat(env.baseFee()).isEqualTo(expected.baseFeePerGas()).isEqualTo(UInt256.valueOf(0x10e));
        assertThat(Hex.encode(env.extraData())).isEqualTo(Hex.encode(expected.extraData())).isEqualTo("0x00000000fa00000006");
        assertThat(f.parentHeader().hash()).isEqualTo(expected.parentHash());
    }
}
