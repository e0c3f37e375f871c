package io.kona4j.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.SpecId;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecompileRegistryTest {
    private static final Address PAIRING = Address.fromHex("0x0000000000000000000000000000000000000008");
    private static final Address P256 = Address.fromHex("0x0000000000000000000000000000000000000100");
    private static final Address BLS_PAIRING = Address.fromHex("0x000000000000000000000000000000000000000f");
    private static final Address MODEXP = Address.fromHex("0x0000000000000000000000000000000000000005");

    /** go-ethereum's / op-geth's precompile vectors, read in place from ../shared/testdata/precompiles. */
    private static JsonNode vectors(String file) throws IOException {
        return new ObjectMapper().readTree(Path.of(System.getProperty("kona4j.shared", "../../shared"), "testdata",
                "precompiles", file).toFile());
    }

    @Test
    void forkSetsFollowPROTOCOL25() {
        assertThat(PrecompileRegistry.forSpec(SpecId.CANCUN).addresses()).hasSize(10);
        assertThat(PrecompileRegistry.forSpec(SpecId.PRAGUE).addresses()).hasSize(17);
        assertThat(PrecompileRegistry.forSpec(SpecId.ECOTONE).get(P256)).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.FJORD).get(P256)).isNotNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.ISTHMUS).addresses()).hasSize(18);
        assertThat(PrecompileRegistry.forSpec(SpecId.SHANGHAI).get(Address.fromHex("0x000000000000000000000000000000000000000a"))).isNull();
    }

    @Test
    void pairingInputLimitsFromGraniteAndJovian() {
        // 430 pairs of points at infinity: a valid EIP-197 input (result 1) of 82,560 bytes, over Jovian's 81,984
        byte[] input = new byte[192 * 430];
        byte[] one = new byte[32];
        one[31] = 1;
        assertThat(PrecompileRegistry.forSpec(SpecId.HOLOCENE).get(PAIRING).run(input)).isEqualTo(one);
        assertThat(PrecompileRegistry.forSpec(SpecId.JOVIAN).get(PAIRING).run(input)).isNull();
        // 587 pairs = 112,704 bytes, over Granite's 112,687
        assertThat(PrecompileRegistry.forSpec(SpecId.GRANITE).get(PAIRING).run(new byte[192 * 587])).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.CANCUN).get(PAIRING).run(new byte[192 * 587])).isEqualTo(one);
    }

    @Test
    void blsPairingLimitFromJovian() {
        // 428 empty BLS pairs (384 bytes each) = 164,352 bytes: over Jovian's 156,672, under Isthmus' 235,008
        byte[] input = new byte[384 * 428];
        assertThat(PrecompileRegistry.forSpec(SpecId.JOVIAN).get(BLS_PAIRING).run(input)).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.ISTHMUS).get(BLS_PAIRING).run(input)).isNotNull();
    }

    @Test
    void osakaAndKarstAddP256VerifyAndKeepTheRest() {
        assertThat(PrecompileRegistry.forSpec(SpecId.OSAKA).addresses()).hasSize(18);
        assertThat(PrecompileRegistry.forSpec(SpecId.KARST).addresses()).hasSize(18);
        assertThat(PrecompileRegistry.forSpec(SpecId.PRAGUE).get(P256)).isNull();
    }

    // Each fork's modexp prices and answers geth's vectors: EIP-2565 before Osaka, EIP-7883 from Osaka (and Karst).
    @ParameterizedTest
    @CsvSource({"PRAGUE, modexp_eip2565.json", "JOVIAN, modexp_eip2565.json", "OSAKA, modexp_eip7883.json",
        "KARST, modexp_eip7883.json"})
    void modexpFollowsTheForksPricing(SpecId spec, String file) throws IOException {
        PrecompiledContract modexp = PrecompileRegistry.forSpec(spec).get(MODEXP);
        JsonNode all = vectors("go-ethereum/" + file);
        assertThat(all.size()).isPositive();
        for (JsonNode v : all) {
            byte[] input = Hex.decode(v.get("Input").asText());
            assertThat(modexp.gas(input)).as(v.get("Name").asText()).isEqualTo(v.get("Gas").asLong());
            assertThat(modexp.run(input)).as(v.get("Name").asText()).isEqualTo(Hex.decode(v.get("Expected").asText()));
        }
    }

    @Test
    void modexpLengthsOver1024BytesFailFromOsaka() {
        // EIP-7823: base length 1025, exponent and modulus length 1 (header of three 32-byte lengths, then data)
        byte[] input = new byte[96 + 1025 + 2];
        input[30] = 0x04;
        input[31] = 0x01;
        input[63] = 1;
        input[95] = 1;
        input[96 + 1025 + 1] = 7;
        assertThat(PrecompileRegistry.forSpec(SpecId.OSAKA).get(MODEXP).run(input)).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.KARST).get(MODEXP).run(input)).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.PRAGUE).get(MODEXP).run(input)).hasSize(1);
    }

    // P256VERIFY at 0x100: RIP-7212's 3450 gas on OP from Fjord (op-geth's vectors), EIP-7951's 6900 from Osaka and
    // Karst (go-ethereum's vectors); the same verdicts.
    @ParameterizedTest
    @CsvSource({"FJORD, op-geth/p256Verify.json", "JOVIAN, op-geth/p256Verify.json",
        "OSAKA, go-ethereum/p256Verify.json", "KARST, go-ethereum/p256Verify.json"})
    void p256VerifyFollowsTheForksPricing(SpecId spec, String file) throws IOException {
        PrecompiledContract p256 = PrecompileRegistry.forSpec(spec).get(P256);
        JsonNode all = vectors(file);
        assertThat(all.size()).isPositive();
        for (JsonNode v : all) {
            byte[] input = Hex.decode(v.get("Input").asText());
            assertThat(p256.gas(input)).as(v.get("Name").asText()).isEqualTo(v.get("Gas").asLong());
            assertThat(p256.run(input)).as(v.get("Name").asText()).isEqualTo(Hex.decode(v.get("Expected").asText()));
        }
    }

    @Test
    void pairingInputLimitFromKarst() {
        // Karst: ≤ 57,600 bytes (300 pairs). 300 pairs at infinity pass; 301 (57,792 bytes) fail, though under Jovian's
        byte[] one = new byte[32];
        one[31] = 1;
        assertThat(PrecompileRegistry.forSpec(SpecId.KARST).get(PAIRING).run(new byte[192 * 300])).isEqualTo(one);
        assertThat(PrecompileRegistry.forSpec(SpecId.KARST).get(PAIRING).run(new byte[192 * 301])).isNull();
        assertThat(PrecompileRegistry.forSpec(SpecId.KARST).get(PAIRING).gas(new byte[192 * 301])).isEqualTo(Long.MAX_VALUE);
        assertThat(PrecompileRegistry.forSpec(SpecId.JOVIAN).get(PAIRING).run(new byte[192 * 301])).isEqualTo(one);
        // L1 Osaka has no OP limit
        assertThat(PrecompileRegistry.forSpec(SpecId.OSAKA).get(PAIRING).run(new byte[192 * 587])).isEqualTo(one);
    }
}
