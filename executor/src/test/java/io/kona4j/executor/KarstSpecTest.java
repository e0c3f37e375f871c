package io.kona4j.executor;

import io.kona4j.evm.SpecId;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.registry.SuperchainToml;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Karst (Upgrade 19) runs Ethereum Osaka's EVM on L2: the executor must pick {@link SpecId#KARST} from each chain's
 * real {@code karst_time} in the superchain registry (OP Mainnet 2026-07-08 16:00:01 UTC, OP Sepolia 2026-06-17
 * 16:00:01 UTC), and Jovian just before it.
 */
class KarstSpecTest {
    static Path registry() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path cand = p.resolveSibling("shared").resolve("testdata").resolve("superchain-registry").resolve("superchain")
                    .resolve("configs");
            if (Files.isDirectory(cand)) return cand;
        }
        throw new IllegalStateException("../shared/testdata/superchain-registry not found");
    }

    static RollupConfig chain(String network) throws IOException {
        Path dir = registry().resolve(network);
        return SuperchainToml.read(Files.readString(dir.resolve("op.toml")), Files.readString(dir.resolve("superchain.toml")));
    }

    @Test
    void opMainnetTurnsKarstAtItsRegistryTime() throws IOException {
        RollupConfig c = chain("mainnet");
        assertThat(StatelessL2Builder.specAt(c, 1783526400L)).isEqualTo(SpecId.JOVIAN);
        assertThat(StatelessL2Builder.specAt(c, 1783526401L)).isEqualTo(SpecId.KARST);
    }

    @Test
    void opSepoliaTurnsKarstAtItsRegistryTime() throws IOException {
        RollupConfig c = chain("sepolia");
        assertThat(StatelessL2Builder.specAt(c, 1781712000L)).isEqualTo(SpecId.JOVIAN);
        assertThat(StatelessL2Builder.specAt(c, 1781712001L)).isEqualTo(SpecId.KARST);
    }

    @Test
    void karstCapsNonDepositGasAtOsakasLimit() {
        // EIP-7825: 2^24 gas per transaction from Osaka; Karst adopts it for non-deposit transactions.
        assertThat(SpecId.KARST.txGasLimitCap()).isEqualTo(16_777_216L);
        assertThat(SpecId.JOVIAN.txGasLimitCap()).isEqualTo(Long.MAX_VALUE);
    }
}
