package io.kona4j.protocol.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BaseFeeConfig;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import io.kona4j.protocol.SystemConfig;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rollup configs as JSON: kona's serde form (snake_case at the top, camelCase inside {@code system_config} and
 * {@code chain_op_config}, as in the kona-executor fixtures' {@code rollup_config}) and op-node's {@code rollup.json}.
 * Keys are matched in either case style; numbers may be JSON numbers, decimal or 0x-hex strings. Alt-DA chains are
 * refused: kona4j derives from Ethereum DA only.
 */
public final class RollupConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RollupConfigJson() {}

    public static RollupConfig read(Path file) throws IOException {
        return read(Files.readString(file));
    }

    public static RollupConfig read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RollupConfigException("rollup config is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromNode(root);
    }

    /** From an already parsed JSON object (e.g. a fixture's {@code rollup_config}). */
    public static RollupConfig fromNode(JsonNode node) {
        ConfigNode c = new ConfigNode("", node);
        if (c.has("alt_da") || c.has("alt_da_config") || c.has("plasma_config")) {
            throw new RollupConfigException("alt-DA rollups are not supported: the config has an alt_da section");
        }
        ConfigNode g = c.object("genesis");
        ChainGenesis genesis = new ChainGenesis(blockId(g.object("l1")), blockId(g.object("l2")), g.u64("l2_time"),
                g.has("system_config") ? systemConfig(g.object("system_config")) : null);
        ConfigNode fee = c.optionalObject("chain_op_config");
        BaseFeeConfig baseFee = fee == null ? BaseFeeConfig.OPTIMISM : new BaseFeeConfig(
                fee.u64("eip1559_elasticity"), fee.u64("eip1559_denominator"), fee.u64("eip1559_denominator_canyon"));
        return RollupConfig.builder()
                .genesis(genesis)
                .blockTime(c.u64("block_time"))
                .maxSequencerDrift(c.u64("max_sequencer_drift"))
                .seqWindowSize(c.u64("seq_window_size"))
                .channelTimeout(c.u64("channel_timeout"))
                .graniteChannelTimeout(c.u64("granite_channel_timeout", RollupConfig.DEFAULT_GRANITE_CHANNEL_TIMEOUT))
                .l1ChainId(c.u64("l1_chain_id"))
                .l2ChainId(c.u64("l2_chain_id"))
                .hardForks(hardForks(c))
                .batchInboxAddress(c.address("batch_inbox_address"))
                .depositContractAddress(c.address("deposit_contract_address"))
                .l1SystemConfigAddress(c.address("l1_system_config_address"))
                .protocolVersionsAddress(c.optionalAddress("protocol_versions_address"))
                .superchainConfigAddress(c.optionalAddress("superchain_config_address"))
                .chainOpConfig(baseFee)
                .interopMessageExpiryWindow(c.u64("interop_message_expiry_window",
                        RollupConfig.DEFAULT_INTEROP_MESSAGE_EXPIRY_WINDOW))
                .build();
    }

    static BlockNumHash blockId(ConfigNode n) {
        return new BlockNumHash(n.u64("number"), n.hash("hash"));
    }

    static HardForks hardForks(ConfigNode n) {
        HardForks h = HardForks.NONE;
        for (Hardfork f : Hardfork.values()) h = h.with(f, n.optionalU64(f.key() + "_time"));
        return new HardForks(h.regolith(), h.canyon(), h.delta(), h.ecotone(), h.fjord(), h.granite(), h.holocene(),
                h.pectraBlobSchedule(), h.isthmus(), h.jovian(), h.karst(), h.interop(),
                n.bool("keep_karst_upgrade_gas", false));
    }

    static SystemConfig systemConfig(ConfigNode s) {
        Address batcher = s.has("batcher_addr") ? s.address("batcher_addr") : s.address("batcher_address");
        Long da = s.optionalU64("da_footprint_gas_scalar");
        if (da != null && da > 0xFFFF) {
            throw new RollupConfigException("system_config.daFootprintGasScalar is a u16, got " + da);
        }
        return new SystemConfig(batcher, s.u256("overhead"), s.u256("scalar"), s.u64("gas_limit"),
                u32(s, "base_fee_scalar"), u32(s, "blob_base_fee_scalar"), u32(s, "eip1559_denominator"),
                u32(s, "eip1559_elasticity"), u32(s, "operator_fee_scalar"), s.optionalU64("operator_fee_constant"),
                s.optionalU64("min_base_fee"), da == null ? null : da.intValue());
    }

    private static Long u32(ConfigNode s, String key) {
        Long v = s.optionalU64(key);
        if (v != null && (v >>> 32) != 0) throw new RollupConfigException("system_config." + key + " is a u32, got " + v);
        return v;
    }

    /** kona's JSON form of {@code config} (what kona's host serves as the rollup-config local key). */
    public static String write(RollupConfig config) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode g = root.putObject("genesis");
        putId(g.putObject("l1"), config.genesis().l1());
        putId(g.putObject("l2"), config.genesis().l2());
        g.put("l2_time", config.genesis().l2Time());
        SystemConfig sc = config.genesis().systemConfig();
        if (sc != null) {
            ObjectNode s = g.putObject("system_config");
            s.put("batcherAddr", sc.batcherAddress().toHex());
            s.put("overhead", Hash.wrap(sc.overhead().toBytes32()).toHex());
            s.put("scalar", Hash.wrap(sc.scalar().toBytes32()).toHex());
            s.put("gasLimit", sc.gasLimit());
            putOpt(s, "baseFeeScalar", sc.baseFeeScalar());
            putOpt(s, "blobBaseFeeScalar", sc.blobBaseFeeScalar());
            putOpt(s, "eip1559Denominator", sc.eip1559Denominator());
            putOpt(s, "eip1559Elasticity", sc.eip1559Elasticity());
            putOpt(s, "operatorFeeScalar", sc.operatorFeeScalar());
            putOpt(s, "operatorFeeConstant", sc.operatorFeeConstant());
            putOpt(s, "minBaseFee", sc.minBaseFee());
            putOpt(s, "daFootprintGasScalar", sc.daFootprintGasScalar() == null ? null : (long) sc.daFootprintGasScalar());
        }
        root.put("block_time", config.blockTime());
        root.put("max_sequencer_drift", config.maxSequencerDrift());
        root.put("seq_window_size", config.seqWindowSize());
        root.put("channel_timeout", config.channelTimeout());
        root.put("granite_channel_timeout", config.graniteChannelTimeout());
        root.put("l1_chain_id", config.l1ChainId());
        root.put("l2_chain_id", config.l2ChainId());
        for (Hardfork f : Hardfork.values()) {
            Long t = config.hardForks().time(f);
            if (t != null) root.put(f.key() + "_time", t);
        }
        if (config.hardForks().keepKarstUpgradeGas()) root.put("keep_karst_upgrade_gas", true);
        root.put("batch_inbox_address", config.batchInboxAddress().toHex());
        root.put("deposit_contract_address", config.depositContractAddress().toHex());
        root.put("l1_system_config_address", config.l1SystemConfigAddress().toHex());
        if (config.protocolVersionsAddress() != null) {
            root.put("protocol_versions_address", config.protocolVersionsAddress().toHex());
        }
        if (config.superchainConfigAddress() != null) {
            root.put("superchain_config_address", config.superchainConfigAddress().toHex());
        }
        root.put("interop_message_expiry_window", config.interopMessageExpiryWindow());
        ObjectNode fee = root.putObject("chain_op_config");
        fee.put("eip1559Elasticity", config.chainOpConfig().eip1559Elasticity());
        fee.put("eip1559Denominator", config.chainOpConfig().eip1559Denominator());
        fee.put("eip1559DenominatorCanyon", config.chainOpConfig().eip1559DenominatorCanyon());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new RollupConfigException("cannot write rollup config JSON", e);
        }
    }

    private static void putId(ObjectNode n, BlockNumHash id) {
        n.put("number", id.number());
        n.put("hash", id.hash().toHex());
    }

    private static void putOpt(ObjectNode n, String key, Long v) {
        if (v == null) n.putNull(key);
        else n.put(key, new BigInteger(Long.toUnsignedString(v)));
    }
}
