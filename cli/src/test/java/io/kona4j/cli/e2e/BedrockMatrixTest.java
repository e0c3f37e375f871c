package io.kona4j.cli.e2e;

import io.kona4j.devnet.DevnetConfig;

/** The matrix on the Bedrock devnet (Regolith at genesis, zlib singular batches in calldata), two L1 epochs. */
class BedrockMatrixTest extends DevnetMatrix {
    @Override
    DevnetConfig config() {
        return DevnetConfig.bedrock(7, 10);
    }
}
