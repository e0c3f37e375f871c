package io.kona4j.evm;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which {@link SpecId} an OP chain runs at a block timestamp: the OP forks' activation times (a rollup config's
 * {@code regolith_time}, {@code canyon_time}, …; Bedrock is active from genesis). A fork without a time is not
 * scheduled; forks activate in declaration order, so a later fork's time implies the earlier ones.
 */
public final class ForkSchedule {
    private final EnumMap<SpecId, Long> activations = new EnumMap<>(SpecId.class);

    /** @param activations activation timestamps of OP forks (unsigned seconds); non-OP specs are rejected */
    public ForkSchedule(Map<SpecId, Long> activations) {
        for (Map.Entry<SpecId, Long> e : activations.entrySet()) {
            if (!e.getKey().isOp()) throw new EvmException(e.getKey() + " is not an OP fork");
            if (e.getValue() != null) this.activations.put(e.getKey(), e.getValue());
        }
    }

    /** The newest OP fork active at {@code timestamp}: the last one whose activation time is not after it. */
    public SpecId specAt(long timestamp) {
        SpecId active = SpecId.BEDROCK;
        for (Map.Entry<SpecId, Long> e : activations.entrySet()) {
            if (Long.compareUnsigned(e.getValue(), timestamp) <= 0 && e.getKey().ordinal() > active.ordinal()) {
                active = e.getKey();
            }
        }
        return active;
    }

    /** Whether {@code fork} is active at {@code timestamp}. */
    public boolean isActive(SpecId fork, long timestamp) {
        return specAt(timestamp).isOpAtLeast(fork);
    }
}
