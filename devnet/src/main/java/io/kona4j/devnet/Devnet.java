package io.kona4j.devnet;

import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.registry.RollupConfigJson;
import io.kona4j.primitives.Hash;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A built devnet: the rollup and L1 configs, both chains, the L2 state database and what happened where (fork
 * activations, scenario events), ready to be served ({@link LoopbackServer}) and proven ({@link ClaimProver}).
 */
public final class Devnet {
    private final DevnetConfig config;
    private final RollupConfig rollupConfig;
    private final L1ChainConfig l1Config;
    private final ChainView chains;
    private final StateStore store;
    private final List<String> events;
    private final long buildNanos;

    Devnet(DevnetConfig config, RollupConfig rollupConfig, L1ChainConfig l1Config, ChainView chains, StateStore store,
           List<String> events, long buildNanos) {
        this.config = config;
        this.rollupConfig = rollupConfig;
        this.l1Config = l1Config;
        this.chains = chains;
        this.store = store;
        this.events = List.copyOf(events);
        this.buildNanos = buildNanos;
    }

    /** Builds the devnet {@code config} describes. */
    public static Devnet build(DevnetConfig config) {
        return new DevnetBuilder(config).build();
    }

    public DevnetConfig config() {
        return config;
    }

    public RollupConfig rollupConfig() {
        return rollupConfig;
    }

    public L1ChainConfig l1Config() {
        return l1Config;
    }

    public List<L1BlockData> l1Blocks() {
        return List.copyOf(chains.l1);
    }

    public List<L2BlockData> l2Blocks() {
        return List.copyOf(chains.l2);
    }

    public L2BlockData l2Block(long number) {
        if (number < 0 || number >= chains.l2.size()) throw new DevnetException("no devnet L2 block #" + number);
        return chains.l2.get((int) number);
    }

    public L1BlockData l1Head() {
        return chains.l1.get(chains.l1.size() - 1);
    }

    public L1BlockData l1Block(Hash hash) {
        return chains.l1ByHash.get(hash);
    }

    public L2BlockData l2Block(Hash hash) {
        return chains.l2ByHash.get(hash);
    }

    /** Both chains with their derivation providers (tests decode the batcher data through them). */
    ChainView chains() {
        return chains;
    }

    public StateStore store() {
        return store;
    }

    /** What the build did where: fork activations, deposits, config updates, scenario events, one line each. */
    public List<String> events() {
        return events;
    }

    public long buildNanos() {
        return buildNanos;
    }

    /** The rollup config as kona's JSON (the client's local key 6). */
    public byte[] rollupConfigJson() {
        return RollupConfigJson.write(rollupConfig).getBytes(StandardCharsets.UTF_8);
    }

    /** The L1 chain config as a geth-style JSON (the client's local key 7). */
    public byte[] l1ConfigJson() {
        StringBuilder sb = new StringBuilder("{\"chainId\":").append(l1Config.chainId());
        if (l1Config.cancunTime() != null) sb.append(",\"cancunTime\":").append(l1Config.cancunTime());
        if (l1Config.pragueTime() != null) sb.append(",\"pragueTime\":").append(l1Config.pragueTime());
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
