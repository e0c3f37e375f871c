package io.kona4j.cli.e2e;

import io.kona4j.devnet.DevnetConfig;
import io.kona4j.devnet.Scenario;

/**
 * The matrix on a Bedrock-rules devnet with L1-side scenarios: deposits that fail on L2, a SystemConfig batcher
 * change and gas-limit update, a channel that times out and is sent again, and an L1 stretch with no batcher data
 * past the sequencing window (deposit-only blocks forced); honest claims at the blocks where each shows.
 */
class ScenarioMatrixTest extends DevnetMatrix {
    @Override
    DevnetConfig config() {
        return DevnetConfig.bedrock(21, 60).withScenarios(Scenario.FAILING_DEPOSITS, Scenario.BATCHER_CHANGE,
                Scenario.GAS_LIMIT_CHANGE, Scenario.CHANNEL_TIMEOUT, Scenario.SEQUENCING_WINDOW_GAP);
    }
}
