package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.derive.sources.DataAvailabilityProvider;
import io.kona4j.protocol.BlockInfo;

/** L1 retrieval (kona {@code L1Retrieval}): the batcher data of the current L1 block, one item per call. */
public final class L1Retrieval implements FrameQueueProvider {
    private final L1RetrievalProvider prev;
    private final DataAvailabilityProvider provider;
    private BlockInfo next;

    public L1Retrieval(L1RetrievalProvider prev, DataAvailabilityProvider provider) {
        this.prev = prev;
        this.provider = provider;
    }

    @Override
    public byte[] nextData() {
        if (next == null) next = prev.nextL1Block();
        try {
            return provider.next(next, prev.batcherAddress());
        } catch (PipelineException e) {
            if (e.isEof()) {
                next = null;
                provider.clear();
            }
            throw e;
        }
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    @Override
    public void signal(Signal signal) {
        prev.signal(signal);
        if (signal instanceof Signal.Reset) {
            provider.clear();
            next = null;
        }
    }
}
