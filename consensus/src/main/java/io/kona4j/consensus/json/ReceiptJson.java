package io.kona4j.consensus.json;

import static io.kona4j.consensus.json.JsonValues.address;
import static io.kona4j.consensus.json.JsonValues.data;
import static io.kona4j.consensus.json.JsonValues.quantity;
import static io.kona4j.consensus.json.JsonValues.require;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RPC JSON for {@link Receipt} ({@code eth_getTransactionReceipt}): the consensus fields {@code type, status,
 * cumulativeGasUsed, logsBloom, logs[{address, topics, data}]} and, for OP deposits, {@code depositNonce} and
 * {@code depositReceiptVersion}. Reading ignores the derived fields ({@code gasUsed, effectiveGasPrice, l1Fee,
 * blockHash, …}); writing writes only the consensus fields. Pre-Byzantium receipts ({@code root}) are rejected.
 */
public final class ReceiptJson {
    private ReceiptJson() {}

    public static Receipt parse(String json) {
        return JsonValues.readDocument("receipt", JsonValues.parser(json), ReceiptJson::read);
    }

    public static Receipt fromTree(JsonNode node) {
        return JsonValues.readDocument("receipt", JsonValues.parser(node), ReceiptJson::read);
    }

    /** Reads the receipt object at the parser's current {@code START_OBJECT}, leaving it on the {@code END_OBJECT}. */
    public static Receipt read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "receipt");
        Long type = null, status = null, cumulative = null, depositNonce = null, version = null;
        Bloom bloom = null;
        List<Log> logs = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (JsonValues.isNull(p)) continue;
            switch (name) {
                case "type" -> type = quantity(p, name);
                case "status" -> status = quantity(p, name);
                case "root" -> throw new ConsensusException(
                        "pre-Byzantium receipts with an intermediate state root are not supported");
                case "cumulativeGasUsed" -> cumulative = quantity(p, name);
                case "logsBloom" -> bloom = Bloom.of(data(p, name, Bloom.SIZE));
                case "logs" -> logs = logs(p);
                case "depositNonce" -> depositNonce = quantity(p, name);
                case "depositReceiptVersion" -> version = quantity(p, name);
                default -> p.skipChildren();
            }
        }
        if (type != null && Long.compareUnsigned(type, 0xff) > 0) {
            throw new ConsensusException("receipt type " + Long.toUnsignedString(type) + " is not a byte");
        }
        TxType t = TxType.of(type == null ? 0 : (int) (long) type);
        require(status, "receipt", "status");
        if (status != 0 && status != 1) {
            throw new ConsensusException("receipt status must be 0x0 or 0x1, got " + Long.toUnsignedString(status));
        }
        return new Receipt(t, status == 1, require(cumulative, "receipt", "cumulativeGasUsed"),
                require(bloom, "receipt", "logsBloom"), require(logs, "receipt", "logs"), depositNonce, version);
    }

    private static List<Log> logs(JsonParser p) throws IOException {
        JsonValues.expectArray(p, "logs");
        List<Log> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(log(p));
        return out;
    }

    /** Reads one log object ({@code address, topics, data}; block context fields ignored). */
    static Log log(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "log");
        Address address = null;
        List<Hash> topics = null;
        byte[] data = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "address" -> address = address(p, name);
                case "topics" -> topics = TransactionJson.hashes(p, name);
                case "data" -> data = data(p, name);
                default -> p.skipChildren();
            }
        }
        return new Log(require(address, "log", "address"), require(topics, "log", "topics"),
                require(data, "log", "data"));
    }

    public static String toJson(Receipt r) {
        return JsonValues.writeToString(g -> write(g, r));
    }

    public static void write(JsonGenerator g, Receipt r) throws IOException {
        g.writeStartObject();
        JsonValues.quantity(g, "type", r.type().id());
        JsonValues.quantity(g, "status", r.status() ? 1 : 0);
        JsonValues.quantity(g, "cumulativeGasUsed", r.cumulativeGasUsed());
        JsonValues.data(g, "logsBloom", r.logsBloom().unsafeBytes());
        g.writeArrayFieldStart("logs");
        for (Log log : r.logs()) {
            g.writeStartObject();
            JsonValues.address(g, "address", log.address());
            g.writeArrayFieldStart("topics");
            for (Hash t : log.topics()) g.writeString(t.toHex());
            g.writeEndArray();
            JsonValues.data(g, "data", log.data());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.depositNonce() != null) JsonValues.quantity(g, "depositNonce", r.depositNonce());
        if (r.depositReceiptVersion() != null) JsonValues.quantity(g, "depositReceiptVersion", r.depositReceiptVersion());
        g.writeEndObject();
    }
}
