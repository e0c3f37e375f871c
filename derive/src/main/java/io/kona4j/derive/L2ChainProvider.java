package io.kona4j.derive;

import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;

/**
 * The safe L2 chain (kona's {@code L2ChainProvider}): block infos, blocks and the system config at a block. Errors as
 * for {@link ChainProvider}: a {@link io.kona4j.derive.errors.PipelineException} chooses the severity, anything else
 * is critical.
 */
public interface L2ChainProvider extends BatchValidationProvider {
    /**
     * The system config in force after L2 block {@code number}: the genesis config at the genesis block, else rebuilt
     * from the block ({@link io.kona4j.protocol.sysconfig.PayloadToSystemConfig}).
     */
    SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig);
}
