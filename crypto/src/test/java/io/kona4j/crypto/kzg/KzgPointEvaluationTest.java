package io.kona4j.crypto.kzg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.primitives.Hex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KzgPointEvaluationTest {
    static JsonNode vectors() throws Exception {
        Path dir = Path.of(System.getProperty("kona4j.shared", "../../shared"), "testdata", "precompiles",
                "go-ethereum");
        return new ObjectMapper().readTree(Files.readString(dir.resolve("pointEvaluation.json")));
    }

    @Test
    void gethVector() throws Exception {
        int passed = 0;
        JsonNode all = vectors();
        for (JsonNode v : all) {
            byte[] in = Hex.decode(v.get("Input").asText());
            assertThat(KzgPointEvaluation.INSTANCE.gas(in)).isEqualTo(v.get("Gas").asLong());
            assertThat(Hex.encodeNoPrefix(KzgPointEvaluation.INSTANCE.run(in))).isEqualTo(v.get("Expected").asText());
            passed++;
        }
        System.out.printf("pointEvaluation [java]: %d passed, 0 failed%n", passed);
    }

    @Test
    void expectedOutputIsBlobSizeAndModulus() throws Exception {
        byte[] in = Hex.decode(vectors().get(0).get("Input").asText());
        assertThat(Hex.encodeNoPrefix(KzgPointEvaluation.INSTANCE.run(in))).isEqualTo(
                "0000000000000000000000000000000000000000000000000000000000001000"
                        + "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");
    }

    @Test
    void rejectsEveryCorruption() throws Exception {
        byte[] good = Hex.decode(vectors().get(0).get("Input").asText());
        KzgPointEvaluation c = KzgPointEvaluation.INSTANCE;
        assertThat(c.run(new byte[0])).isNull();
        assertThat(c.run(java.util.Arrays.copyOf(good, 191))).isNull();
        assertThat(c.run(java.util.Arrays.copyOf(good, 193))).isNull();
        // A flipped bit anywhere: versioned hash, z, y, commitment (hash mismatch), proof (wrong or undecodable).
        for (int i = 0; i < 192; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            assertThat(c.run(bad)).as("bit flipped in byte %d", i).isNull();
        }
        // z = BLS_MODULUS is not a field element.
        byte[] bad = good.clone();
        System.arraycopy(KzgPointEvaluation.BLS_MODULUS, 0, bad, 32, 32);
        assertThat(c.run(bad)).isNull();
    }

    @Test
    void fieldElementBound() {
        byte[] r = KzgPointEvaluation.BLS_MODULUS.clone();
        assertThat(KzgPointEvaluation.isFieldElement(r, 0)).isFalse();
        r[31]--;
        assertThat(KzgPointEvaluation.isFieldElement(r, 0)).isTrue();
        assertThat(KzgPointEvaluation.isFieldElement(new byte[32], 0)).isTrue();
        byte[] max = new byte[32];
        java.util.Arrays.fill(max, (byte) 0xff);
        assertThat(KzgPointEvaluation.isFieldElement(max, 0)).isFalse();
    }
}
