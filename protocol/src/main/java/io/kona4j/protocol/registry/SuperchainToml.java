package io.kona4j.protocol.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.kona4j.protocol.BaseFeeConfig;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import java.io.IOException;

/**
 * Rollup configs from superchain-registry TOML: a chain file ({@code superchain/configs/<network>/<chain>.toml}) and
 * its network's {@code superchain.toml}, which supplies the L1 chain id, the superchain-wide addresses, and default
 * hardfork times. As the registry documents {@code superchain_time}, a chain inherits a superchain hardfork it does not
 * list itself when the chain has a {@code superchain_time} at or before that fork's time.
 *
 * <p>Values the registry leaves implicit take op-node's registry defaults: Regolith at 0 (every registry chain
 * launched with it), channel timeout 300 and 50 from Granite.
 */
public final class SuperchainToml {
    private static final TomlMapper MAPPER = new TomlMapper();

    private SuperchainToml() {}

    public static RollupConfig read(String chainToml, String superchainToml) {
        ConfigNode chain = new ConfigNode("", parse(chainToml, "chain"));
        ConfigNode superchain = new ConfigNode("", parse(superchainToml, "superchain"));
        if (chain.has("alt_da")) {
            throw new RollupConfigException("alt-DA rollups are not supported: the chain has an alt_da section");
        }
        ConfigNode g = chain.object("genesis");
        ChainGenesis genesis = new ChainGenesis(RollupConfigJson.blockId(g.object("l1")),
                RollupConfigJson.blockId(g.object("l2")), g.u64("l2_time"),
                RollupConfigJson.systemConfig(g.object("system_config")));
        ConfigNode op = chain.optionalObject("optimism");
        BaseFeeConfig fee = op == null ? BaseFeeConfig.OPTIMISM : new BaseFeeConfig(op.u64("eip1559_elasticity"),
                op.u64("eip1559_denominator"), op.u64("eip1559_denominator_canyon"));
        ConfigNode addresses = chain.object("addresses");
        return RollupConfig.builder()
                .genesis(genesis)
                .blockTime(chain.u64("block_time"))
                .maxSequencerDrift(chain.u64("max_sequencer_drift"))
                .seqWindowSize(chain.u64("seq_window_size"))
                .channelTimeout(chain.u64("channel_timeout", 300))
                .graniteChannelTimeout(RollupConfig.DEFAULT_GRANITE_CHANNEL_TIMEOUT)
                .l1ChainId(superchain.object("l1").u64("chain_id"))
                .l2ChainId(chain.u64("chain_id"))
                .hardForks(hardForks(chain, superchain))
                .batchInboxAddress(chain.address("batch_inbox_addr"))
                .depositContractAddress(addresses.address("optimism_portal_proxy"))
                .l1SystemConfigAddress(addresses.address("system_config_proxy"))
                .protocolVersionsAddress(superchain.optionalAddress("protocol_versions_addr"))
                .superchainConfigAddress(superchain.optionalAddress("superchain_config_addr"))
                .chainOpConfig(fee)
                .build();
    }

    private static HardForks hardForks(ConfigNode chain, ConfigNode superchain) {
        ConfigNode own = chain.optionalObject("hardforks");
        ConfigNode defaults = superchain.optionalObject("hardforks");
        Long joined = chain.optionalU64("superchain_time");
        HardForks h = HardForks.NONE;
        for (Hardfork f : Hardfork.values()) {
            String key = f.key() + "_time";
            Long t = own == null ? null : own.optionalU64(key);
            if (t == null && joined != null && defaults != null) {
                Long d = defaults.optionalU64(key);
                if (d != null && d >= joined) t = d;
            }
            h = h.with(f, t);
        }
        if (h.regolith() == null) h = h.with(Hardfork.REGOLITH, 0L);
        boolean keep = own != null && own.bool("keep_karst_upgrade_gas", false);
        return new HardForks(h.regolith(), h.canyon(), h.delta(), h.ecotone(), h.fjord(), h.granite(), h.holocene(),
                h.pectraBlobSchedule(), h.isthmus(), h.jovian(), h.karst(), h.interop(), keep);
    }

    private static JsonNode parse(String toml, String what) {
        try {
            return MAPPER.readTree(toml);
        } catch (IOException e) {
            throw new RollupConfigException("the " + what + " file is not valid TOML: " + e.getMessage(), e);
        }
    }
}
