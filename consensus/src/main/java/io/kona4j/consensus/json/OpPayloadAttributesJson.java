package io.kona4j.consensus.json;

import static io.kona4j.consensus.json.JsonValues.address;
import static io.kona4j.consensus.json.JsonValues.bool;
import static io.kona4j.consensus.json.JsonValues.data;
import static io.kona4j.consensus.json.JsonValues.hash;
import static io.kona4j.consensus.json.JsonValues.quantity;
import static io.kona4j.consensus.json.JsonValues.require;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Withdrawal;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine-API JSON for {@link OpPayloadAttributes} (op-alloy's field names): {@code timestamp, prevRandao,
 * suggestedFeeRecipient, withdrawals, parentBeaconBlockRoot, transactions, noTxPool, gasLimit, eip1559Params,
 * minBaseFee}; absent optional fields are left out when writing. This is also the JSON of Kona's
 * {@code l2-payload-witness} hint.
 */
public final class OpPayloadAttributesJson {
    private OpPayloadAttributesJson() {}

    public static OpPayloadAttributes parse(String json) {
        return JsonValues.readDocument("payload attributes", JsonValues.parser(json), OpPayloadAttributesJson::read);
    }

    public static OpPayloadAttributes fromTree(JsonNode node) {
        return JsonValues.readDocument("payload attributes", JsonValues.parser(node), OpPayloadAttributesJson::read);
    }

    /** Reads the object at the parser's current {@code START_OBJECT}, leaving it on the {@code END_OBJECT}. */
    public static OpPayloadAttributes read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "payload attributes");
        Long timestamp = null, gasLimit = null, minBaseFee = null;
        Hash prevRandao = null, beaconRoot = null;
        Address feeRecipient = null;
        List<Withdrawal> withdrawals = null;
        List<byte[]> txs = List.of();
        boolean noTxPool = false;
        byte[] eip1559Params = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (JsonValues.isNull(p)) continue;
            switch (name) {
                case "timestamp" -> timestamp = quantity(p, name);
                case "prevRandao" -> prevRandao = hash(p, name);
                case "suggestedFeeRecipient" -> feeRecipient = address(p, name);
                case "withdrawals" -> withdrawals = JsonValues.withdrawals(p);
                case "parentBeaconBlockRoot" -> beaconRoot = hash(p, name);
                case "transactions" -> txs = transactions(p);
                case "noTxPool" -> noTxPool = bool(p, name);
                case "gasLimit" -> gasLimit = quantity(p, name);
                case "eip1559Params" -> eip1559Params = data(p, name, OpPayloadAttributes.EIP1559_PARAMS_SIZE);
                case "minBaseFee" -> minBaseFee = quantity(p, name);
                default -> p.skipChildren();
            }
        }
        String what = "payload attributes";
        return new OpPayloadAttributes(require(timestamp, what, "timestamp"), require(prevRandao, what, "prevRandao"),
                require(feeRecipient, what, "suggestedFeeRecipient"), withdrawals, beaconRoot, txs, noTxPool,
                require(gasLimit, what, "gasLimit"), eip1559Params, minBaseFee);
    }

    private static List<byte[]> transactions(JsonParser p) throws IOException {
        JsonValues.expectArray(p, "transactions");
        List<byte[]> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(data(p, "transactions[" + out.size() + "]"));
        return out;
    }

    public static String toJson(OpPayloadAttributes a) {
        return JsonValues.writeToString(g -> write(g, a));
    }

    public static void write(JsonGenerator g, OpPayloadAttributes a) throws IOException {
        g.writeStartObject();
        JsonValues.quantity(g, "timestamp", a.timestamp());
        JsonValues.hash(g, "prevRandao", a.prevRandao());
        JsonValues.address(g, "suggestedFeeRecipient", a.suggestedFeeRecipient());
        if (a.withdrawals() != null) JsonValues.withdrawals(g, "withdrawals", a.withdrawals());
        if (a.parentBeaconBlockRoot() != null) JsonValues.hash(g, "parentBeaconBlockRoot", a.parentBeaconBlockRoot());
        g.writeArrayFieldStart("transactions");
        for (byte[] tx : a.transactions()) g.writeString(Hex.encode(tx));
        g.writeEndArray();
        g.writeBooleanField("noTxPool", a.noTxPool());
        JsonValues.quantity(g, "gasLimit", a.gasLimit());
        if (a.eip1559Params() != null) JsonValues.data(g, "eip1559Params", a.eip1559Params());
        if (a.minBaseFee() != null) JsonValues.quantity(g, "minBaseFee", a.minBaseFee());
        g.writeEndObject();
    }
}
