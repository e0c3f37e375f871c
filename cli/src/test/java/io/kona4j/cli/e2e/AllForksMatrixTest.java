package io.kona4j.cli.e2e;

import io.kona4j.devnet.Devnet;
import io.kona4j.devnet.DevnetConfig;
import io.kona4j.protocol.Hardfork;

/**
 * The matrix on the all-forks devnet: Bedrock at genesis, then Regolith through Jovian each at its own block, with
 * zlib singular batches in calldata at first, span batches from Delta, blobs from Ecotone and brotli from Fjord, so
 * the honest claims at the fork boundaries cover every DA variant. The altered claims sit just after Canyon, before
 * the first blob is read: a blob costs 4096 preimages, and {@link AllForksCalldataMatrixTest} alters claims under
 * the later forks.
 */
class AllForksMatrixTest extends DevnetMatrix {
    @Override
    DevnetConfig config() {
        return DevnetConfig.allForks(7, DevnetConfig.ALL_FORKS_MIN_BLOCKS + 4);
    }

    @Override
    long alteredAt(Devnet d) {
        return DevnetConfig.allForksActivationBlock(Hardfork.CANYON) + 1;
    }
}
