package io.kona4j.proof.client;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.driver.Executor;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.l2.OracleL2ChainProvider;

/** An {@link Executor} that hands every block it builds to the L2 provider, which then serves it locally. */
final class RecordingExecutor implements Executor {
    private final Executor inner;
    private final OracleL2ChainProvider l2;

    RecordingExecutor(Executor inner, OracleL2ChainProvider l2) {
        this.inner = inner;
        this.l2 = l2;
    }

    @Override
    public void updateSafeHead(Header header, Hash hash) {
        inner.updateSafeHead(header, hash);
    }

    @Override
    public BlockBuildingOutcome executePayload(OpPayloadAttributes attributes) {
        BlockBuildingOutcome out = inner.executePayload(attributes);
        l2.recordBuilt(out.header(), out.blockHash(), attributes.transactions());
        return out;
    }

    @Override
    public Hash computeOutputRoot() {
        return inner.computeOutputRoot();
    }
}
