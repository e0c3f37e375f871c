package io.kona4j.evm;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which {@link SpecId} a chain runs at a block timestamp. For an OP chain ({@link #ForkSchedule(Map)}): the OP
 * forks' activation times (a rollup config's {@code regolith_time}, {@code canyon_time}, …, {@code karst_time};
 * Bedrock is active from genesis). For an Ethereum chain ({@link #ethereum(Map)}): the post-Merge forks' times
 * (Shanghai, Cancun, Prague, Osaka; Paris from genesis). A fork without a time is not scheduled; forks activate in
 * declaration order, so a later fork's time implies the earlier ones.
 */
public final class ForkSchedule {
    private final EnumMap<SpecId, Long> activations = new EnumMap<>(SpecId.class);
    private final SpecId base;

    /** @param activations activation timestamps of OP forks (unsigned seconds); non-OP specs are rejected */
    public ForkSchedule(Map<SpecId, Long> activations) {
        this(activations, SpecId.BEDROCK);
    }

    private ForkSchedule(Map<SpecId, Long> activations, SpecId base) {
        this.base = base;
        for (Map.Entry<SpecId, Long> e : activations.entrySet()) {
            if (e.getKey().isOp() != base.isOp()) {
                throw new EvmException(e.getKey() + (base.isOp() ? " is not an OP fork" : " is not an Ethereum fork"));
            }
            if (e.getValue() != null) this.activations.put(e.getKey(), e.getValue());
        }
    }

    /**
     * An Ethereum (L1) schedule from post-Merge forks' activation timestamps (unsigned seconds); OP specs are
     * rejected. Before the first listed fork the chain runs {@link SpecId#PARIS}.
     */
    public static ForkSchedule ethereum(Map<SpecId, Long> activations) {
        return new ForkSchedule(activations, SpecId.PARIS);
    }

    /** The newest fork active at {@code timestamp}: the last one whose activation time is not after it. */
    public SpecId specAt(long timestamp) {
        SpecId active = base;
        for (Map.Entry<SpecId, Long> e : activations.entrySet()) {
            if (Long.compareUnsigned(e.getValue(), timestamp) <= 0 && e.getKey().ordinal() > active.ordinal()) {
                active = e.getKey();
            }
        }
        return active;
    }

    /** Whether {@code fork} (of this schedule's kind, OP or Ethereum) is active at {@code timestamp}. */
    public boolean isActive(SpecId fork, long timestamp) {
        if (fork.isOp() != base.isOp()) {
            throw new IllegalArgumentException(fork + " is not a fork of this " + (base.isOp() ? "OP" : "Ethereum")
                    + " schedule");
        }
        return specAt(timestamp).ordinal() >= fork.ordinal();
    }
}
