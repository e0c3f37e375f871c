package io.kona4j.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.protocol.BlobParams;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.RollupConfigException;
import org.junit.jupiter.api.Test;

class L1ChainConfigJsonTest {
    @Test
    void gethGenesisConfig() {
        L1ChainConfig c = L1ChainConfigJson.read("""
                {"config":{"chainId":1,"cancunTime":1710338135,"pragueTime":1746612311,"osakaTime":1764798551,
                 "bpo1Time":1765290071,"bpo2Time":1767747671,
                 "blobSchedule":{"cancun":{"target":3,"max":6,"baseFeeUpdateFraction":3338477},
                  "prague":{"target":6,"max":9,"baseFeeUpdateFraction":5007716},
                  "bpo1":{"target":10,"max":15,"baseFeeUpdateFraction":8346193}}}}
                """);
        assertThat(c).isEqualTo(L1ChainConfig.MAINNET);
    }

    @Test
    void customSchedule() {
        L1ChainConfig c = L1ChainConfigJson.read("""
                {"chainId":900,"cancunTime":0,"blobSchedule":{"cancun":{"target":1,"max":2,"baseFeeUpdateFraction":5}}}
                """);
        assertThat(c.cancun()).isEqualTo(new BlobParams(1, 2, 5));
        assertThat(c.pragueTime()).isNull();
        assertThatThrownBy(() -> L1ChainConfigJson.read("{\"cancunTime\":0}"))
                .isInstanceOf(RollupConfigException.class).hasMessageContaining("chain_id");
    }
}
