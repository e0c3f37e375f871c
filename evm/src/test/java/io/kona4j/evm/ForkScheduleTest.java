package io.kona4j.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkScheduleTest {
    // OP Mainnet activation times from the superchain registry (op.toml): Canyon 1704992401, Ecotone 1710374401,
    // Fjord 1720627201, Granite 1726070401, Holocene 1736445601.
    private final ForkSchedule op = new ForkSchedule(Map.of(SpecId.REGOLITH, 0L, SpecId.CANYON, 1704992401L,
            SpecId.ECOTONE, 1710374401L, SpecId.FJORD, 1720627201L, SpecId.GRANITE, 1726070401L,
            SpecId.HOLOCENE, 1736445601L));

    @Test
    void picksTheNewestActiveFork() {
        assertThat(op.specAt(1704992400L)).isEqualTo(SpecId.REGOLITH);
        assertThat(op.specAt(1704992401L)).isEqualTo(SpecId.CANYON);
        assertThat(op.specAt(1720627201L)).isEqualTo(SpecId.FJORD);
        assertThat(op.specAt(1800000000L)).isEqualTo(SpecId.HOLOCENE);
        assertThat(op.isActive(SpecId.ECOTONE, 1720000000L)).isTrue();
        assertThat(op.isActive(SpecId.ISTHMUS, 1800000000L)).isFalse();
        assertThat(op.specAt(1800000000L).ethereumFork()).isEqualTo(io.kona4j.consensus.EthereumFork.CANCUN);
    }
}
