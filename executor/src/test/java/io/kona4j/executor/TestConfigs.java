package io.kona4j.executor;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;

/** Rollup configs for tests: every fork through one, active from a given time, later ones unscheduled. */
public final class TestConfigs {
    private TestConfigs() {}

    public static RollupConfig through(Hardfork last, long time) {
        return with(HardForks.through(last, time));
    }

    /** Only Bedrock (no Regolith). */
    public static RollupConfig bedrock() {
        return with(HardForks.NONE);
    }

    public static RollupConfig with(HardForks forks) {
        return RollupConfig.builder()
                .genesis(new ChainGenesis(new BlockNumHash(0, Hash.ZERO), new BlockNumHash(0, Hash.ZERO), 0, null))
                .l2ChainId(901)
                .hardForks(forks)
                .batchInboxAddress(Address.ZERO)
                .depositContractAddress(Address.ZERO)
                .l1SystemConfigAddress(Address.ZERO)
                .build();
    }
}
