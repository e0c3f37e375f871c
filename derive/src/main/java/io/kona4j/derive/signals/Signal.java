package io.kona4j.derive.signals;

import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.SystemConfig;

/**
 * A signal travelling down the stages. {@link Reset} re-anchors every stage on an L2 safe head and L1 origin (after a
 * reorg or at start); {@link Activation}, sent when L1 traversal reports Holocene's activation, switches the
 * fork-dependent stages as op-node's fork transform does (channel bank → assembler, batch queue → validator keeping
 * the buffered L1 blocks; frames, channels and buffered batches are discarded); {@link FlushChannel} drops the channel
 * being read (Holocene: a payload built from it was invalid).
 */
public sealed interface Signal {
    record Reset(L2BlockInfo l2SafeHead, BlockInfo l1Origin, SystemConfig systemConfig) implements Signal {}

    record Activation(L2BlockInfo l2SafeHead, BlockInfo l1Origin, SystemConfig systemConfig) implements Signal {}

    record FlushChannel() implements Signal {}

    FlushChannel FLUSH_CHANNEL = new FlushChannel();

    /** The same signal with the system config the pipeline looked up for the safe head. */
    default Signal withSystemConfig(SystemConfig config) {
        return switch (this) {
            case Reset r -> new Reset(r.l2SafeHead(), r.l1Origin(), config);
            case Activation a -> new Activation(a.l2SafeHead(), a.l1Origin(), config);
            case FlushChannel f -> f;
        };
    }
}
