package io.kona4j.proof.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.protocol.L1ChainConfig;

import java.io.IOException;

/**
 * The L1 chain config of local key 7 (Kona: a geth-style chain config JSON), reduced to what derivation needs: the
 * chain id and the activation times of the blob-parameter forks ({@code cancunTime}, {@code pragueTime},
 * {@code osakaTime}, {@code bpo1Time}, {@code bpo2Time}), with the standard blob parameters of each.
 */
final class L1ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private L1ConfigJson() {}

    static L1ChainConfig read(byte[] json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new OracleProviderException("the L1 chain config (local key 7) is not JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject() || !n.path("chainId").canConvertToLong()) {
            throw new OracleProviderException("the L1 chain config (local key 7) has no numeric chainId");
        }
        return L1ChainConfig.standard(n.get("chainId").asLong(), time(n, "cancunTime"), time(n, "pragueTime"),
                time(n, "osakaTime"), time(n, "bpo1Time"), time(n, "bpo2Time"));
    }

    private static Long time(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToLong() || v.asLong() < 0) {
            throw new OracleProviderException("the L1 chain config field " + field + " is not a timestamp: " + v);
        }
        return v.asLong();
    }
}
