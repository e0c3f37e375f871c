package io.kona4j.devnet;

import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.batch.ChannelOut;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What chain to build.
 *
 * @param seed every key, random value and user transaction derives from it
 * @param l2Blocks L2 blocks after genesis
 * @param hardForks L2 activation times, as offsets in seconds from the L2 genesis time
 * @param compression channel compression before Fjord; brotli is used from Fjord when {@code brotliFromFjord}
 * @param brotliFromFjord switch to brotli once Fjord is active at the L1 block the channel goes into
 * @param spanBatchesFromDelta span batches once Delta is active
 * @param blobsFromEcotone blob DA once Ecotone is active (calldata otherwise)
 * @param maxFrameData at most this many bytes of channel data per frame, so channels split over frames
 * @param framesPerL1Block at most this many frames per L1 block (calldata: one transaction each; blobs: one blob
 *     each, up to six blobs per type-3 transaction), so channels span L1 blocks
 * @param scenarios the L1-side events to build in (none by default)
 */
public record DevnetConfig(long seed, int l2Blocks, HardForks hardForks, ChannelOut.Compression compression,
                           boolean brotliFromFjord, boolean spanBatchesFromDelta, boolean blobsFromEcotone,
                           int maxFrameData, int framesPerL1Block, Set<Scenario> scenarios) {
    public static final long L1_CHAIN_ID = 900;
    public static final long L2_CHAIN_ID = 901;
    public static final long L1_BLOCK_TIME = 12;
    public static final long L2_BLOCK_TIME = 2;
    public static final long L1_GENESIS_TIME = 1_700_000_000L;

    public DevnetConfig {
        Objects.requireNonNull(hardForks, "hardForks");
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(scenarios, "scenarios");
        if (l2Blocks < 1) throw new DevnetException("at least one L2 block, got " + l2Blocks);
        if (maxFrameData < 64) throw new DevnetException("frames need at least 64 data bytes, got " + maxFrameData);
        if (framesPerL1Block < 1) throw new DevnetException("at least one batcher transaction per L1 block");
        scenarios = scenarios.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scenarios));
    }

    /** A config without scenarios. */
    public DevnetConfig(long seed, int l2Blocks, HardForks hardForks, ChannelOut.Compression compression,
                        boolean brotliFromFjord, boolean spanBatchesFromDelta, boolean blobsFromEcotone,
                        int maxFrameData, int framesPerL1Block) {
        this(seed, l2Blocks, hardForks, compression, brotliFromFjord, spanBatchesFromDelta, blobsFromEcotone,
                maxFrameData, framesPerL1Block, Set.of());
    }

    /** True if {@code s} is among the scenarios. */
    public boolean has(Scenario s) {
        return scenarios.contains(s);
    }

    /** The same chain with {@code s} as its scenarios. */
    public DevnetConfig withScenarios(Scenario... s) {
        return new DevnetConfig(seed, l2Blocks, hardForks, compression, brotliFromFjord, spanBatchesFromDelta,
                blobsFromEcotone, maxFrameData, framesPerL1Block, Set.of(s));
    }

    /** Bedrock with Regolith at genesis, nothing later: singular batches, zlib, calldata. */
    public static DevnetConfig bedrock(long seed, int l2Blocks) {
        return new DevnetConfig(seed, l2Blocks, HardForks.NONE.with(io.kona4j.protocol.Hardfork.REGOLITH, 0L),
                ChannelOut.Compression.ZLIB, false, false, false, 100_000, 6);
    }

    /**
     * Every OP fork in one chain: Bedrock at genesis, then Regolith, Canyon, Delta, Ecotone, Fjord, Granite, Holocene,
     * Isthmus and Jovian each activating at its own L2 block ({@link #ALL_FORKS_BLOCKS},
     * {@link #allForksActivationBlock}); zlib singular batches in calldata at first, span batches from Delta, blobs
     * from Ecotone, brotli from Fjord. {@code l2Blocks} must reach a few blocks past Jovian
     * ({@link #ALL_FORKS_MIN_BLOCKS}).
     */
    public static DevnetConfig allForks(long seed, int l2Blocks) {
        if (l2Blocks < ALL_FORKS_MIN_BLOCKS) {
            throw new DevnetException("an all-forks devnet needs at least " + ALL_FORKS_MIN_BLOCKS
                    + " L2 blocks (Jovian activates at block " + allForksActivationBlock(Hardfork.JOVIAN) + "), got "
                    + l2Blocks);
        }
        HardForks f = HardForks.NONE;
        for (Hardfork h : ALL_FORKS) f = f.with(h, allForksActivationBlock(h) * L2_BLOCK_TIME);
        return new DevnetConfig(seed, l2Blocks, f, ChannelOut.Compression.ZLIB, true, true, true, 100_000, 6);
    }

    /** The forks {@link #allForks} schedules, in activation order (Bedrock is the genesis). */
    public static final List<Hardfork> ALL_FORKS = List.of(Hardfork.REGOLITH, Hardfork.CANYON, Hardfork.DELTA,
            Hardfork.ECOTONE, Hardfork.FJORD, Hardfork.GRANITE, Hardfork.HOLOCENE, Hardfork.ISTHMUS, Hardfork.JOVIAN);
    /**
     * The activation block of each of {@link #ALL_FORKS}: mostly four blocks apart, most within an epoch (six L2
     * blocks an L1 block); Delta, Granite and Jovian open an epoch, and Ecotone opens epoch 3, whose L1 block carries
     * user deposits, so its block holds the L1-info deposit, user deposits and the six upgrade deposits in that order.
     */
    public static final List<Long> ALL_FORKS_BLOCKS = List.of(4L, 8L, 12L, 18L, 20L, 24L, 28L, 32L, 36L);
    /** The fewest L2 blocks {@link #allForks} accepts: Jovian's activation block and a few Jovian blocks after it. */
    public static final int ALL_FORKS_MIN_BLOCKS = (int) (long) ALL_FORKS_BLOCKS.get(ALL_FORKS_BLOCKS.size() - 1) + 4;

    /** The L2 block at which {@code fork} activates in an {@link #allForks} chain. */
    public static long allForksActivationBlock(Hardfork fork) {
        int i = ALL_FORKS.indexOf(fork);
        if (i < 0) throw new DevnetException(fork + " is not scheduled by the all-forks devnet");
        return ALL_FORKS_BLOCKS.get(i);
    }

    /** The L2 block at which {@code fork} activates in this config's chain, or -1 if it is not scheduled. */
    public long activationBlock(Hardfork fork) {
        Long t = hardForks.time(fork);
        if (t == null) return -1;
        return (t + L2_BLOCK_TIME - 1) / L2_BLOCK_TIME;
    }

    public DevnetConfig withHardForks(HardForks v) {
        return new DevnetConfig(seed, l2Blocks, v, compression, brotliFromFjord, spanBatchesFromDelta, blobsFromEcotone,
                maxFrameData, framesPerL1Block, scenarios);
    }

    public DevnetConfig withBatching(ChannelOut.Compression c, boolean brotli, boolean span, boolean blobs) {
        return new DevnetConfig(seed, l2Blocks, hardForks, c, brotli, span, blobs, maxFrameData, framesPerL1Block,
                scenarios);
    }

    public DevnetConfig withFrames(int maxData, int perL1Block) {
        return new DevnetConfig(seed, l2Blocks, hardForks, compression, brotliFromFjord, spanBatchesFromDelta,
                blobsFromEcotone, maxData, perL1Block, scenarios);
    }
}
