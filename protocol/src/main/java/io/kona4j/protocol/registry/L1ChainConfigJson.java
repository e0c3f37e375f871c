package io.kona4j.protocol.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.protocol.BlobParams;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.RollupConfigException;

/**
 * An L1 chain config from geth-style JSON (a genesis file's {@code config} object, or the object itself, as kona's
 * host serves for custom L1 chains): {@code chainId}, {@code cancunTime}, {@code pragueTime}, {@code osakaTime},
 * {@code bpo1Time}, {@code bpo2Time} and {@code blobSchedule.<fork>.{target,max,baseFeeUpdateFraction}}. A fork
 * missing from {@code blobSchedule} takes the public chains' parameters for that fork.
 */
public final class L1ChainConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private L1ChainConfigJson() {}

    public static L1ChainConfig read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RollupConfigException("L1 chain config is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root != null && root.has("config") && root.get("config").isObject()) root = root.get("config");
        ConfigNode c = new ConfigNode("", root);
        ConfigNode schedule = c.optionalObject("blob_schedule");
        return new L1ChainConfig(c.u64("chain_id"), c.optionalU64("cancun_time"), c.optionalU64("prague_time"),
                c.optionalU64("osaka_time"), c.optionalU64("bpo1_time"), c.optionalU64("bpo2_time"),
                params(schedule, "cancun", BlobParams.CANCUN), params(schedule, "prague", BlobParams.PRAGUE),
                params(schedule, "osaka", BlobParams.OSAKA), params(schedule, "bpo1", BlobParams.BPO1),
                params(schedule, "bpo2", BlobParams.BPO2));
    }

    private static BlobParams params(ConfigNode schedule, String fork, BlobParams dflt) {
        ConfigNode p = schedule == null ? null : schedule.optionalObject(fork);
        if (p == null) return dflt;
        long target = p.u64("target");
        long max = p.u64("max");
        if (target > Integer.MAX_VALUE || max > Integer.MAX_VALUE) {
            throw new RollupConfigException("blobSchedule." + fork + ": target/max out of range");
        }
        return new BlobParams((int) target, (int) max, p.u64("base_fee_update_fraction"));
    }
}
