package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.host.rpc.MalformedResponseException;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;

import java.util.ArrayList;
import java.util.List;

/** Strict readers of the hex fields of one answer; any deviation is a {@link MalformedResponseException}. */
final class RpcJson {
    private final String endpoint;
    private final String what;

    RpcJson(String endpoint, String what) {
        this.endpoint = endpoint;
        this.what = what;
    }

    MalformedResponseException malformed(String detail) {
        return new MalformedResponseException(endpoint, what + ": " + endpoint + " answered " + detail);
    }

    JsonNode field(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) throw malformed("without the field '" + name + "'");
        return n;
    }

    JsonNode object(JsonNode n, String name) {
        if (n == null || !n.isObject()) throw malformed(name + " that is not a JSON object");
        return n;
    }

    List<JsonNode> array(JsonNode n, String name) {
        if (n == null || !n.isArray()) throw malformed(name + " that is not a JSON array");
        List<JsonNode> out = new ArrayList<>(n.size());
        n.forEach(out::add);
        return out;
    }

    byte[] bytes(JsonNode n, String name) {
        if (n == null || !n.isTextual() || !Hex.hasPrefix(n.asText())) throw malformed(name + " that is not 0x-prefixed hex");
        try {
            return Hex.decode(n.asText());
        } catch (PrimitivesException e) {
            throw malformed(name + " with bad hex: " + e.getMessage());
        }
    }

    byte[] bytesField(JsonNode obj, String name) {
        return bytes(field(obj, name), name);
    }

    byte[] fixed(JsonNode n, String name, int size) {
        byte[] b = bytes(n, name);
        if (b.length != size) throw malformed(name + " of " + b.length + " bytes instead of " + size);
        return b;
    }

    Hash hash(JsonNode obj, String name) {
        return Hash.wrap(fixed(field(obj, name), name, Hash.SIZE));
    }

    Address address(JsonNode obj, String name) {
        return Address.of(fixed(field(obj, name), name, Address.SIZE));
    }

    /** An optional address: absent or null is a contract creation. */
    Address optionalAddress(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        return n == null || n.isNull() ? null : Address.of(fixed(n, name, Address.SIZE));
    }

    long quantity(JsonNode obj, String name) {
        return quantityValue(field(obj, name), name);
    }

    long quantityValue(JsonNode n, String name) {
        byte[] b = quantityBytes(n, name);
        if (b.length > 8) throw malformed(name + " over 64 bits");
        long v = 0;
        for (byte x : b) v = (v << 8) | (x & 0xff);
        return v;
    }

    UInt256 uint256(JsonNode obj, String name) {
        byte[] b = quantityBytes(field(obj, name), name);
        if (b.length > 32) throw malformed(name + " over 256 bits");
        return UInt256.fromBytes(b);
    }

    /** A quantity that may be absent (then {@code dflt}). */
    UInt256 optionalUint256(JsonNode obj, String name, UInt256 dflt) {
        JsonNode n = obj.get(name);
        return n == null || n.isNull() ? dflt : uint256(obj, name);
    }

    /** A decimal string (the beacon API writes numbers as quoted decimals). */
    long decimal(JsonNode obj, String name) {
        JsonNode n = field(obj, name);
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0) return n.asLong();
        if (n.isTextual()) {
            try {
                return Long.parseUnsignedLong(n.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw malformed(name + " that is not a decimal u64: " + n);
    }

    private byte[] quantityBytes(JsonNode n, String name) {
        if (n == null || !n.isTextual() || !Hex.hasPrefix(n.asText()) || n.asText().length() < 3) {
            throw malformed(name + " that is not a 0x-prefixed hex quantity");
        }
        try {
            return Hex.decodeLenient(n.asText());
        } catch (PrimitivesException e) {
            throw malformed(name + " with bad hex: " + e.getMessage());
        }
    }
}
