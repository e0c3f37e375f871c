package io.kona4j.derive.pipeline;

import io.kona4j.derive.L2ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.derive.stages.AttributesQueue;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The derivation pipeline (kona {@code DerivationPipeline}): each {@link #step} pulls one set of payload attributes
 * through the stages, or advances the L1 origin when they are drained. Signals (reset, activation) are completed
 * with the safe head's system config and sent down the stages.
 *
 * <p>The activation signal leaves L1 traversal, its system config and L1 retrieval as they are (op-node's Holocene
 * transform touches only the fork-dependent stages); an older kona reset traversal's config from the safe head there.
 */
public final class DerivationPipeline {
    private final AttributesQueue attributes;
    private final Deque<OpAttributesWithParent> prepared = new ArrayDeque<>();
    private final RollupConfig config;
    private final L2ChainProvider l2;

    DerivationPipeline(AttributesQueue attributes, RollupConfig config, L2ChainProvider l2) {
        this.attributes = attributes;
        this.config = config;
        this.l2 = l2;
    }

    public RollupConfig rollupConfig() {
        return config;
    }

    public BlockInfo origin() {
        return attributes.origin();
    }

    /** The next prepared attributes, or null. */
    public OpAttributesWithParent next() {
        return prepared.pollFirst();
    }

    public OpAttributesWithParent peek() {
        return prepared.peekFirst();
    }

    public StepResult step(L2BlockInfo cursor) {
        try {
            prepared.addLast(attributes.nextAttributes(cursor));
            return new StepResult.PreparedAttributes();
        } catch (PipelineException e) {
            if (!e.isEof()) return new StepResult.StepFailed(e);
        } catch (RuntimeException e) {
            return new StepResult.StepFailed(PipelineException.critical(PipelineError.INVALID_STATE, e.toString(), e));
        }
        try {
            attributes.advanceOrigin();
            return new StepResult.AdvancedOrigin();
        } catch (PipelineException e) {
            return new StepResult.OriginAdvanceErr(e);
        } catch (RuntimeException e) {
            return new StepResult.OriginAdvanceErr(PipelineException.critical(PipelineError.INVALID_STATE, e.toString(), e));
        }
    }

    /**
     * Sends a signal down the stages. Reset and activation signals first get the system config of their safe head
     * from the L2 provider (PROTOCOL.md §1.2).
     */
    public void signal(Signal signal) {
        Signal s = signal;
        if (signal instanceof Signal.Reset r) s = signal.withSystemConfig(systemConfigByNumber(r.l2SafeHead().number()));
        if (signal instanceof Signal.Activation a) s = signal.withSystemConfig(systemConfigByNumber(a.l2SafeHead().number()));
        try {
            attributes.signal(s);
        } catch (PipelineException e) {
            if (!e.isEof()) throw e;
        }
        prepared.clear();
    }

    public SystemConfig systemConfigByNumber(long number) {
        try {
            return l2.systemConfigByNumber(number, config);
        } catch (PipelineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PipelineException.critical(PipelineError.PROVIDER, "system config of L2 block #" + number + ": "
                    + e.getMessage(), e);
        }
    }

    /** Convenience for a fresh pipeline: reset on the safe head and its L1 origin block. */
    public void reset(L2BlockInfo safeHead, BlockInfo l1Origin) {
        signal(new Signal.Reset(safeHead, l1Origin, null));
    }
}
