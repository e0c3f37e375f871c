package io.kona4j.cli.e2e;

import io.kona4j.devnet.DevnetConfig;
import io.kona4j.devnet.Scenario;
import io.kona4j.protocol.batch.ChannelOut;

/**
 * The matrix on the all-forks devnet with the batcher kept on calldata and singular batches through every fork, zlib
 * until Fjord and brotli after: singular batches under Delta..Jovian rules, brotli channels in calldata, calldata
 * batches after Ecotone (the other DA variants of {@link AllForksMatrixTest}); with Holocene's EIP-1559 parameter
 * and Isthmus's operator-fee SystemConfig updates, a batcher change and gas-limit update, a channel that times out,
 * and an invalid batch under Holocene (a deposit-only block).
 */
class AllForksCalldataMatrixTest extends DevnetMatrix {
    @Override
    DevnetConfig config() {
        return DevnetConfig.allForks(11, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 8)
                .withBatching(ChannelOut.Compression.ZLIB, true, false, false)
                .withScenarios(Scenario.EIP1559_PARAMS, Scenario.OPERATOR_FEE, Scenario.INVALID_BATCH,
                        Scenario.BATCHER_CHANGE, Scenario.GAS_LIMIT_CHANGE, Scenario.CHANNEL_TIMEOUT);
    }
}
