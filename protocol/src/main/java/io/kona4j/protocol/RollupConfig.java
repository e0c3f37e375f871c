package io.kona4j.protocol;

import io.kona4j.primitives.Address;
import java.util.Objects;

/**
 * A rollup's consensus parameters (kona's {@code RollupConfig}, op-node's {@code rollup.Config}): genesis anchors, block
 * time, sequencing limits, chain ids, L1 contract addresses, hardfork times and EIP-1559 constants.
 *
 * <p>Fork predicates follow kona: a fork counts as active when its own time has passed <em>or</em> any later fork of the
 * main line (Regolith … Karst) is active, so a config that leaves out an early fork (OP Sepolia's {@code regolith_time})
 * still behaves. The Pectra blob schedule and Interop stand alone.
 * The first block of a fork is the block active at {@code t} whose predecessor at {@code t - blockTime} was not; as in
 * op-node, a block at {@code t < blockTime} (genesis) is never an activation block.
 *
 * @param channelTimeout channel timeout in L1 blocks before Granite
 * @param graniteChannelTimeout channel timeout from Granite (50 on every known chain)
 * @param protocolVersionsAddress {@code null} if the config does not name it
 * @param superchainConfigAddress {@code null} if the config does not name it
 */
public record RollupConfig(ChainGenesis genesis, long blockTime, long maxSequencerDrift, long seqWindowSize,
                           long channelTimeout, long graniteChannelTimeout, long l1ChainId, long l2ChainId,
                           HardForks hardForks, Address batchInboxAddress, Address depositContractAddress,
                           Address l1SystemConfigAddress, Address protocolVersionsAddress,
                           Address superchainConfigAddress, BaseFeeConfig chainOpConfig,
                           long interopMessageExpiryWindow) {
    /** Channel timeout from Granite when a config does not say (PROTOCOL.md §1.1). */
    public static final long DEFAULT_GRANITE_CHANNEL_TIMEOUT = 50;
    /** {@code max_sequencer_drift} from Fjord, a protocol constant (PROTOCOL.md §1.1). */
    public static final long FJORD_MAX_SEQUENCER_DRIFT = 1800;
    /** {@code MAX_RLP_BYTES_PER_CHANNEL} before and from Fjord. */
    public static final long MAX_RLP_BYTES_PER_CHANNEL_BEDROCK = 10_000_000L;
    public static final long MAX_RLP_BYTES_PER_CHANNEL_FJORD = 100_000_000L;
    /** {@code MAX_CHANNEL_BANK_SIZE} before and from Fjord (not used from Holocene). */
    public static final long MAX_CHANNEL_BANK_SIZE_BEDROCK = 100_000_000L;
    public static final long MAX_CHANNEL_BANK_SIZE_FJORD = 1_000_000_000L;
    /** kona's default {@code interop_message_expiry_window}. */
    public static final long DEFAULT_INTEROP_MESSAGE_EXPIRY_WINDOW = 3600;

    public RollupConfig {
        Objects.requireNonNull(genesis, "genesis");
        Objects.requireNonNull(hardForks, "hardForks");
        Objects.requireNonNull(batchInboxAddress, "batchInboxAddress");
        Objects.requireNonNull(depositContractAddress, "depositContractAddress");
        Objects.requireNonNull(l1SystemConfigAddress, "l1SystemConfigAddress");
        Objects.requireNonNull(chainOpConfig, "chainOpConfig");
        if (blockTime <= 0) throw new RollupConfigException("block_time must be positive, got " + blockTime);
        if (seqWindowSize < 2) throw new RollupConfigException("seq_window_size must be at least 2, got " + seqWindowSize);
        if (channelTimeout <= 0 || graniteChannelTimeout <= 0) {
            throw new RollupConfigException("channel timeouts must be positive, got " + channelTimeout + " and "
                    + graniteChannelTimeout);
        }
        if (maxSequencerDrift < 0) throw new RollupConfigException("max_sequencer_drift is negative: " + maxSequencerDrift);
        if (l1ChainId <= 0 || l2ChainId <= 0) {
            throw new RollupConfigException("chain ids must be positive, got l1 " + l1ChainId + ", l2 " + l2ChainId);
        }
    }

    /** Whether {@code fork} is active at L2 time {@code timestamp}, counting later main-line forks (see class doc). */
    public boolean isActive(Hardfork fork, long timestamp) {
        if (fork == Hardfork.PECTRA_BLOB_SCHEDULE || fork == Hardfork.INTEROP) {
            Long t = hardForks.time(fork);
            return t != null && timestamp >= t;
        }
        Hardfork[] all = Hardfork.values();
        for (int i = fork.ordinal(); i < all.length; i++) {
            if (all[i] == Hardfork.PECTRA_BLOB_SCHEDULE || all[i] == Hardfork.INTEROP) continue;
            Long t = hardForks.time(all[i]);
            if (t != null && timestamp >= t) return true;
        }
        return false;
    }

    /** Whether the block at {@code timestamp} is the first block of {@code fork} (PROTOCOL.md §1.11). */
    public boolean isFirstBlock(Hardfork fork, long timestamp) {
        return timestamp >= blockTime && isActive(fork, timestamp) && !isActive(fork, timestamp - blockTime);
    }

    public boolean isRegolithActive(long t) { return isActive(Hardfork.REGOLITH, t); }
    public boolean isCanyonActive(long t) { return isActive(Hardfork.CANYON, t); }
    public boolean isDeltaActive(long t) { return isActive(Hardfork.DELTA, t); }
    public boolean isEcotoneActive(long t) { return isActive(Hardfork.ECOTONE, t); }
    public boolean isFjordActive(long t) { return isActive(Hardfork.FJORD, t); }
    public boolean isGraniteActive(long t) { return isActive(Hardfork.GRANITE, t); }
    public boolean isHoloceneActive(long t) { return isActive(Hardfork.HOLOCENE, t); }
    public boolean isPectraBlobScheduleActive(long t) { return isActive(Hardfork.PECTRA_BLOB_SCHEDULE, t); }
    public boolean isIsthmusActive(long t) { return isActive(Hardfork.ISTHMUS, t); }
    public boolean isJovianActive(long t) { return isActive(Hardfork.JOVIAN, t); }
    public boolean isKarstActive(long t) { return isActive(Hardfork.KARST, t); }
    public boolean isInteropActive(long t) { return isActive(Hardfork.INTEROP, t); }

    public boolean isFirstRegolithBlock(long t) { return isFirstBlock(Hardfork.REGOLITH, t); }
    public boolean isFirstCanyonBlock(long t) { return isFirstBlock(Hardfork.CANYON, t); }
    public boolean isFirstDeltaBlock(long t) { return isFirstBlock(Hardfork.DELTA, t); }
    public boolean isFirstEcotoneBlock(long t) { return isFirstBlock(Hardfork.ECOTONE, t); }
    public boolean isFirstFjordBlock(long t) { return isFirstBlock(Hardfork.FJORD, t); }
    public boolean isFirstGraniteBlock(long t) { return isFirstBlock(Hardfork.GRANITE, t); }
    public boolean isFirstHoloceneBlock(long t) { return isFirstBlock(Hardfork.HOLOCENE, t); }
    public boolean isFirstPectraBlobScheduleBlock(long t) { return isFirstBlock(Hardfork.PECTRA_BLOB_SCHEDULE, t); }
    public boolean isFirstIsthmusBlock(long t) { return isFirstBlock(Hardfork.ISTHMUS, t); }
    public boolean isFirstJovianBlock(long t) { return isFirstBlock(Hardfork.JOVIAN, t); }
    public boolean isFirstKarstBlock(long t) { return isFirstBlock(Hardfork.KARST, t); }
    public boolean isFirstInteropBlock(long t) { return isFirstBlock(Hardfork.INTEROP, t); }

    /** {@code max_sequencer_drift} for a batch whose L1 origin has {@code l1OriginTime}: 1800 from Fjord (§1.1). */
    public long maxSequencerDrift(long l1OriginTime) {
        return isFjordActive(l1OriginTime) ? FJORD_MAX_SEQUENCER_DRIFT : maxSequencerDrift;
    }

    /** The channel timeout in L1 blocks at L1 time {@code l1Time}: the Granite value once Granite is active (§1.1). */
    public long channelTimeout(long l1Time) {
        return isGraniteActive(l1Time) ? graniteChannelTimeout : channelTimeout;
    }

    /** {@code MAX_RLP_BYTES_PER_CHANNEL} at the pipeline's L1 origin time. */
    public long maxRlpBytesPerChannel(long l1OriginTime) {
        return isFjordActive(l1OriginTime) ? MAX_RLP_BYTES_PER_CHANNEL_FJORD : MAX_RLP_BYTES_PER_CHANNEL_BEDROCK;
    }

    /** {@code MAX_CHANNEL_BANK_SIZE} at the pipeline's L1 origin time (pre-Holocene channel bank). */
    public long maxChannelBankSize(long l1OriginTime) {
        return isFjordActive(l1OriginTime) ? MAX_CHANNEL_BANK_SIZE_FJORD : MAX_CHANNEL_BANK_SIZE_BEDROCK;
    }

    /** The EIP-1559 denominator for a block at {@code timestamp} when no Holocene parameters apply (§2.4). */
    public long eip1559Denominator(long timestamp) {
        return isCanyonActive(timestamp) ? chainOpConfig.eip1559DenominatorCanyon() : chainOpConfig.eip1559Denominator();
    }

    /** The EIP-1559 elasticity multiplier when no Holocene parameters apply (§2.4). */
    public long eip1559Elasticity() {
        return chainOpConfig.eip1559Elasticity();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.genesis = genesis;
        b.blockTime = blockTime;
        b.maxSequencerDrift = maxSequencerDrift;
        b.seqWindowSize = seqWindowSize;
        b.channelTimeout = channelTimeout;
        b.graniteChannelTimeout = graniteChannelTimeout;
        b.l1ChainId = l1ChainId;
        b.l2ChainId = l2ChainId;
        b.hardForks = hardForks;
        b.batchInboxAddress = batchInboxAddress;
        b.depositContractAddress = depositContractAddress;
        b.l1SystemConfigAddress = l1SystemConfigAddress;
        b.protocolVersionsAddress = protocolVersionsAddress;
        b.superchainConfigAddress = superchainConfigAddress;
        b.chainOpConfig = chainOpConfig;
        b.interopMessageExpiryWindow = interopMessageExpiryWindow;
        return b;
    }

    /** Builds a config; defaults are OP Mainnet's parameters (2 s blocks, drift 600, window 3600, timeouts 300/50). */
    public static final class Builder {
        private ChainGenesis genesis;
        private long blockTime = 2;
        private long maxSequencerDrift = 600;
        private long seqWindowSize = 3600;
        private long channelTimeout = 300;
        private long graniteChannelTimeout = DEFAULT_GRANITE_CHANNEL_TIMEOUT;
        private long l1ChainId = 1;
        private long l2ChainId;
        private HardForks hardForks = HardForks.NONE;
        private Address batchInboxAddress;
        private Address depositContractAddress;
        private Address l1SystemConfigAddress;
        private Address protocolVersionsAddress;
        private Address superchainConfigAddress;
        private BaseFeeConfig chainOpConfig = BaseFeeConfig.OPTIMISM;
        private long interopMessageExpiryWindow = DEFAULT_INTEROP_MESSAGE_EXPIRY_WINDOW;

        private Builder() {}

        public Builder genesis(ChainGenesis v) { genesis = v; return this; }
        public Builder blockTime(long v) { blockTime = v; return this; }
        public Builder maxSequencerDrift(long v) { maxSequencerDrift = v; return this; }
        public Builder seqWindowSize(long v) { seqWindowSize = v; return this; }
        public Builder channelTimeout(long v) { channelTimeout = v; return this; }
        public Builder graniteChannelTimeout(long v) { graniteChannelTimeout = v; return this; }
        public Builder l1ChainId(long v) { l1ChainId = v; return this; }
        public Builder l2ChainId(long v) { l2ChainId = v; return this; }
        public Builder hardForks(HardForks v) { hardForks = v; return this; }
        public Builder batchInboxAddress(Address v) { batchInboxAddress = v; return this; }
        public Builder depositContractAddress(Address v) { depositContractAddress = v; return this; }
        public Builder l1SystemConfigAddress(Address v) { l1SystemConfigAddress = v; return this; }
        public Builder protocolVersionsAddress(Address v) { protocolVersionsAddress = v; return this; }
        public Builder superchainConfigAddress(Address v) { superchainConfigAddress = v; return this; }
        public Builder chainOpConfig(BaseFeeConfig v) { chainOpConfig = v; return this; }
        public Builder interopMessageExpiryWindow(long v) { interopMessageExpiryWindow = v; return this; }

        public RollupConfig build() {
            if (genesis == null) throw new RollupConfigException("rollup config has no genesis");
            if (batchInboxAddress == null) throw new RollupConfigException("rollup config has no batch_inbox_address");
            if (depositContractAddress == null) {
                throw new RollupConfigException("rollup config has no deposit_contract_address");
            }
            if (l1SystemConfigAddress == null) {
                throw new RollupConfigException("rollup config has no l1_system_config_address");
            }
            return new RollupConfig(genesis, blockTime, maxSequencerDrift, seqWindowSize, channelTimeout,
                    graniteChannelTimeout, l1ChainId, l2ChainId, hardForks, batchInboxAddress, depositContractAddress,
                    l1SystemConfigAddress, protocolVersionsAddress, superchainConfigAddress, chainOpConfig,
                    interopMessageExpiryWindow);
        }
    }
}
