package io.kona4j.proof.client;

import io.kona4j.consensus.Header;
import io.kona4j.derive.ChainProvider;
import io.kona4j.driver.PipelineCursor;
import io.kona4j.driver.TipCursor;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.proof.l2.OracleL2ChainProvider;

/**
 * Where derivation starts (Kona's {@code new_oracle_pipeline_cursor}, {@code proof/src/sync.rs}): the safe head's L1
 * origin walked back one channel timeout (at the safe head's time), not below the rollup's L1 genesis, so a channel
 * that was open at the safe head is read whole. The cursor's first tip is the safe head with the agreed output root
 * (Kona puts zero there; the agreed root is what the safe head's output root is, by construction).
 */
public final class SyncStart {
    private SyncStart() {}

    public static PipelineCursor cursor(RollupConfig config, Header safeHeader, Hash agreedOutputRoot,
                                        ChainProvider l1, OracleL2ChainProvider l2) {
        L2BlockInfo safeHead = l2.l2BlockInfoByNumber(safeHeader.number());
        BlockInfo l1Origin = l1.blockInfoByNumber(safeHead.l1Origin().number());
        long channelTimeout = config.channelTimeout(safeHead.timestamp());
        long start = Math.max(l1Origin.number() - channelTimeout, config.genesis().l1().number());
        BlockInfo origin = l1.blockInfoByNumber(start);
        PipelineCursor cursor = new PipelineCursor(channelTimeout, origin);
        cursor.advance(origin, new TipCursor(safeHead, safeHeader, agreedOutputRoot));
        return cursor;
    }
}
