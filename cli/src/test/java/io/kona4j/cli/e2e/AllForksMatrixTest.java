package io.kona4j.cli.e2e;

import io.kona4j.devnet.DevnetConfig;

/**
 * The matrix on the all-forks devnet: Bedrock at genesis, then Regolith through Jovian each at its own block, with
 * zlib singular batches in calldata at first, span batches from Delta, blobs from Ecotone and brotli from Fjord, so
 * the honest claims at the fork boundaries cover every DA variant; the altered claims sit in the middle (Fjord rules,
 * brotli span batches in blobs).
 */
class AllForksMatrixTest extends DevnetMatrix {
    @Override
    DevnetConfig config() {
        return DevnetConfig.allForks(7, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 4);
    }
}
