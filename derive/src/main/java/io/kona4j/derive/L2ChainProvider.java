package io.kona4j.derive;

import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;

/** The safe L2 chain (kona's {@code L2ChainProvider}): block infos, blocks and the system config at a block. */
public interface L2ChainProvider extends BatchValidationProvider {
    SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig);
}
