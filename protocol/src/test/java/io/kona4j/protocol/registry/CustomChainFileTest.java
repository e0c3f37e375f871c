package io.kona4j.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomChainFileTest {
    @Test
    void jsonFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rollup.json");
        Files.writeString(f, RollupConfigJsonTest.KONA);
        RollupConfig c = Chains.fromFile(f);
        assertThat(c.l2ChainId()).isEqualTo(11155420);
    }

    @Test
    void tomlFileNeedsItsSuperchainFile(@TempDir Path dir) throws Exception {
        Path chain = dir.resolve("mychain.toml");
        Files.writeString(chain, """
                chain_id = 424242
                batch_inbox_addr = "0xff00000000000000000000000000000000424242"
                block_time = 1
                seq_window_size = 100
                max_sequencer_drift = 30
                superchain_time = 100
                [hardforks]
                  canyon_time = 0
                [genesis]
                  l2_time = 5
                  [genesis.l1]
                    hash = "0x0000000000000000000000000000000000000000000000000000000000000001"
                    number = 7
                  [genesis.l2]
                    hash = "0x0000000000000000000000000000000000000000000000000000000000000002"
                    number = 0
                  [genesis.system_config]
                    batcherAddress = "0x0000000000000000000000000000000000000003"
                    overhead = "0x00"
                    scalar = "0x01"
                    gasLimit = 60000000
                [addresses]
                  OptimismPortalProxy = "0x0000000000000000000000000000000000000004"
                  SystemConfigProxy = "0x0000000000000000000000000000000000000005"
                """);
        assertThatThrownBy(() -> Chains.fromFile(chain)).isInstanceOf(RollupConfigException.class)
                .hasMessageContaining("superchain.toml");
        Files.writeString(dir.resolve("superchain.toml"), """
                superchain_config_addr = "0x0000000000000000000000000000000000000006"
                [hardforks]
                canyon_time = 50
                delta_time = 99
                ecotone_time = 200
                [l1]
                  chain_id = 17000
                """);
        RollupConfig c = Chains.fromFile(chain);
        assertThat(c.l1ChainId()).isEqualTo(17000);
        assertThat(c.blockTime()).isEqualTo(1);
        assertThat(c.hardForks().regolith()).as("registry default").isZero();
        assertThat(c.hardForks().canyon()).as("the chain's own value wins").isZero();
        assertThat(c.hardForks().delta()).as("before superchain_time: not inherited").isNull();
        assertThat(c.hardForks().ecotone()).as("after superchain_time: inherited").isEqualTo(200);
        assertThat(c.genesis().systemConfig().gasLimit()).isEqualTo(60_000_000);
        assertThat(c.chainOpConfig().eip1559DenominatorCanyon()).isEqualTo(250);
    }
}
