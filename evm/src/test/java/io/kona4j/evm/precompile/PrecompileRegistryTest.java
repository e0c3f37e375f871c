package io.kona4j.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.evm.SpecId;
import io.kona4j.primitives.Address;
import org.junit.jupiter.api.Test;

class PrecompileRegistryTest {
    private static final Address PAIRING = Address.fromHex("0x0000000000000000000000000000000000000008");
    private static final Address P256 = Address.fromHex("0x0000000000000000000000000000000000000100");
    private static final Address BLS_PAIRING = Address.fromHex("0x000000000000000000000000000000000000000f");

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
}
