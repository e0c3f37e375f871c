package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import org.junit.jupiter.api.Test;

/** Values worked out by hand from EIP-1559 with the OP parameters of PROTOCOL.md §2.4. */
class BaseFeeTest {
    static final Eip1559Params CANYON = new Eip1559Params(250, 6);
    static final Eip1559Params PRE_CANYON = new Eip1559Params(50, 6);
    static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);

    @Test
    void opSepoliaBlock26207960() {
        // Parent: gas limit 60M (target 10M), used 2,136,422, base fee 270. Fall = 270·7,863,578/10M/250 = 0.849 → 0.
        assertThat(BaseFee.next(2_136_422, 60_000_000, UInt256.valueOf(270), CANYON)).isEqualTo(UInt256.valueOf(270));
    }

    @Test
    void risesAndFalls() {
        // Full block: +1e9·50M/10M/250 = +20,000,000; pre-Canyon /50 = +100,000,000.
        assertThat(BaseFee.next(60_000_000, 60_000_000, GWEI, CANYON)).isEqualTo(UInt256.valueOf(1_020_000_000L));
        assertThat(BaseFee.next(60_000_000, 60_000_000, GWEI, PRE_CANYON)).isEqualTo(UInt256.valueOf(1_100_000_000L));
        // Empty block: −1e9·10M/10M/250 = −4,000,000.
        assertThat(BaseFee.next(0, 60_000_000, GWEI, CANYON)).isEqualTo(UInt256.valueOf(996_000_000L));
        // At target: unchanged. Just above: the rise is at least 1.
        assertThat(BaseFee.next(10_000_000, 60_000_000, GWEI, CANYON)).isEqualTo(GWEI);
        assertThat(BaseFee.next(10_000_001, 60_000_000, UInt256.valueOf(270), CANYON)).isEqualTo(UInt256.valueOf(271));
        // Jovian clamp.
        assertThat(BaseFee.clamp(UInt256.valueOf(270), 1000)).isEqualTo(UInt256.valueOf(1000));
        assertThat(BaseFee.clamp(UInt256.valueOf(2000), 1000)).isEqualTo(UInt256.valueOf(2000));
    }

    @Test
    void holoceneAndJovianExtraData() {
        // OP Sepolia header extraData 0x00000000fa00000006: version 0, denominator 250, elasticity 6.
        ExtraData h = ExtraData.decodeHolocene(Hex.decode("0x00000000fa00000006"));
        assertThat(h.params()).isEqualTo(CANYON);
        assertThat(Hex.encode(h.encodeHolocene())).isEqualTo("0x00000000fa00000006");
        ExtraData j = new ExtraData(CANYON, 0x1234);
        assertThat(Hex.encode(j.encodeJovian())).isEqualTo("0x01000000fa000000060000000000001234");
        assertThat(ExtraData.decodeJovian(j.encodeJovian())).isEqualTo(j);
        assertThatThrownBy(() -> ExtraData.decodeHolocene(Hex.decode("0x0000000000000000")))
                .isInstanceOf(InvalidBlockException.class);
        assertThatThrownBy(() -> ExtraData.decodeHolocene(Hex.decode("0x000000000000000006")))
                .isInstanceOf(InvalidBlockException.class).hasMessageContaining("zero");
        assertThatThrownBy(() -> ExtraData.decodeJovian(Hex.decode("0x00000000fa00000006")))
                .isInstanceOf(InvalidBlockException.class);
    }

    @Test
    void attributesParams() {
        assertThat(ExtraData.fromAttributes(Hex.decode("0x000000fa00000006"), CANYON)).isEqualTo(CANYON);
        assertThat(ExtraData.fromAttributes(new byte[8], CANYON)).isEqualTo(CANYON);
        assertThat(ExtraData.fromAttributes(Hex.decode("0x0000000a00000002"), CANYON)).isEqualTo(new Eip1559Params(10, 2));
        assertThatThrownBy(() -> ExtraData.fromAttributes(Hex.decode("0x0000000000000002"), CANYON))
                .isInstanceOf(InvalidBlockException.class);
        assertThatThrownBy(() -> ExtraData.fromAttributes(null, CANYON)).isInstanceOf(InvalidBlockException.class);
    }
}
