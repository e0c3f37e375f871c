package io.kona4j.protocol.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.RollupConfigException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or TOML object whose keys are normalized to snake_case ({@code batcherAddr} → {@code batcher_addr}), so
 * kona's, op-node's and the registry's spellings are read alike; typed getters name the failing path.
 */
final class ConfigNode {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final String path;
    private final Map<String, JsonNode> fields = new HashMap<>();

    ConfigNode(String path, JsonNode node) {
        this.path = path;
        if (node == null || !node.isObject()) throw new RollupConfigException(path + " must be an object");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(snake(e.getKey()), e.getValue());
        }
    }

    static String snake(String key) {
        StringBuilder b = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(key.charAt(i - 1))) b.append('_');
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private JsonNode raw(String key) {
        JsonNode n = fields.get(key);
        return n == null || n.isNull() ? null : n;
    }

    boolean has(String key) {
        return raw(key) != null;
    }

    private String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigNode object(String key) {
        JsonNode n = raw(key);
        if (n == null) throw new RollupConfigException("missing " + where(key));
        return new ConfigNode(where(key), n);
    }

    ConfigNode optionalObject(String key) {
        JsonNode n = raw(key);
        return n == null ? null : new ConfigNode(where(key), n);
    }

    long u64(String key) {
        Long v = optionalU64(key);
        if (v == null) throw new RollupConfigException("missing " + where(key));
        return v;
    }

    long u64(String key, long dflt) {
        Long v = optionalU64(key);
        return v == null ? dflt : v;
    }

    /** An unsigned 64-bit number given as a JSON/TOML number, a decimal string or a 0x hex string. */
    Long optionalU64(String key) {
        JsonNode n = raw(key);
        if (n == null) return null;
        BigInteger v;
        try {
            if (n.isIntegralNumber()) {
                v = n.bigIntegerValue();
            } else if (n.isTextual()) {
                String s = n.textValue().trim();
                v = s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
            } else {
                throw new RollupConfigException(where(key) + " must be an integer, got " + n);
            }
        } catch (NumberFormatException e) {
            throw new RollupConfigException(where(key) + " is not an integer: " + n, e);
        }
        if (v.signum() < 0 || v.compareTo(U64_MAX) > 0) {
            throw new RollupConfigException(where(key) + " is outside the unsigned 64-bit range: " + v);
        }
        return v.longValue();
    }

    UInt256 u256(String key) {
        JsonNode n = raw(key);
        if (n == null) throw new RollupConfigException("missing " + where(key));
        try {
            if (n.isIntegralNumber()) return UInt256.fromBigInteger(n.bigIntegerValue());
            if (n.isTextual()) return UInt256.parse(n.textValue());
        } catch (NumberFormatException | PrimitivesException e) {
            throw new RollupConfigException(where(key) + " is not a 256-bit integer: " + n, e);
        }
        throw new RollupConfigException(where(key) + " must be an integer or a hex string, got " + n);
    }

    Address address(String key) {
        Address a = optionalAddress(key);
        if (a == null) throw new RollupConfigException("missing " + where(key));
        return a;
    }

    Address optionalAddress(String key) {
        JsonNode n = raw(key);
        if (n == null) return null;
        if (!n.isTextual()) throw new RollupConfigException(where(key) + " must be a hex address, got " + n);
        try {
            return Address.fromHex(n.textValue().trim());
        } catch (PrimitivesException e) {
            throw new RollupConfigException(where(key) + ": " + e.getMessage(), e);
        }
    }

    Hash hash(String key) {
        JsonNode n = raw(key);
        if (n == null) throw new RollupConfigException("missing " + where(key));
        if (!n.isTextual()) throw new RollupConfigException(where(key) + " must be a hex hash, got " + n);
        try {
            return Hash.fromHex(n.textValue().trim());
        } catch (PrimitivesException e) {
            throw new RollupConfigException(where(key) + ": " + e.getMessage(), e);
        }
    }

    boolean bool(String key, boolean dflt) {
        JsonNode n = raw(key);
        if (n == null) return dflt;
        if (!n.isBoolean()) throw new RollupConfigException(where(key) + " must be true or false, got " + n);
        return n.booleanValue();
    }
}
