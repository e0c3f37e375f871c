package io.kona4j.consensus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import java.io.IOException;

/**
 * RPC JSON for {@link Header}: the {@code eth_getBlockByNumber} header fields ({@code parentHash, sha3Uncles, miner,
 * stateRoot, …, nonce}, then {@code baseFeePerGas, withdrawalsRoot, blobGasUsed, excessBlobGas,
 * parentBeaconBlockRoot, requestsHash} when the fork has them). Reading ignores fields that are not part of the
 * header ({@code hash}, {@code size}, {@code totalDifficulty}, …); writing adds {@code hash}.
 */
public final class HeaderJson {
    private HeaderJson() {}

    /** Parses a header from a JSON document. */
    public static Header parse(String json) {
        return JsonValues.readDocument("header", JsonValues.parser(json), HeaderJson::read);
    }

    /** Reads a header from an already parsed JSON tree. */
    public static Header fromTree(JsonNode node) {
        return JsonValues.readDocument("header", JsonValues.parser(node), HeaderJson::read);
    }

    /** Reads the header object at the parser's current {@code START_OBJECT} token, leaving it on the {@code END_OBJECT}. */
    public static Header read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "header");
        HeaderFields f = new HeaderFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (!f.accept(name, p)) p.skipChildren();
        }
        if (p.currentToken() != JsonToken.END_OBJECT) throw new ConsensusException("header JSON object is not closed");
        return f.build("header");
    }

    /** The header as a JSON object, with {@code hash}. */
    public static String toJson(Header h) {
        return JsonValues.writeToString(g -> write(g, h));
    }

    /** Writes the header as a JSON object, with {@code hash}. */
    public static void write(JsonGenerator g, Header h) throws IOException {
        g.writeStartObject();
        writeFields(g, h);
        g.writeEndObject();
    }

    /** Writes the header's fields (and {@code hash}) into the object being written, as a block object embeds them. */
    static void writeFields(JsonGenerator g, Header h) throws IOException {
        JsonValues.hash(g, "hash", h.hash());
        JsonValues.hash(g, "parentHash", h.parentHash());
        JsonValues.hash(g, "sha3Uncles", h.ommersHash());
        JsonValues.address(g, "miner", h.beneficiary());
        JsonValues.hash(g, "stateRoot", h.stateRoot());
        JsonValues.hash(g, "transactionsRoot", h.transactionsRoot());
        JsonValues.hash(g, "receiptsRoot", h.receiptsRoot());
        JsonValues.data(g, "logsBloom", h.logsBloom().unsafeBytes());
        JsonValues.quantity(g, "difficulty", h.difficulty());
        JsonValues.quantity(g, "number", h.number());
        JsonValues.quantity(g, "gasLimit", h.gasLimit());
        JsonValues.quantity(g, "gasUsed", h.gasUsed());
        JsonValues.quantity(g, "timestamp", h.timestamp());
        JsonValues.data(g, "extraData", h.extraData());
        JsonValues.hash(g, "mixHash", h.mixHash());
        JsonValues.nonce8(g, "nonce", h.nonce());
        if (h.baseFeePerGas() != null) JsonValues.quantity(g, "baseFeePerGas", h.baseFeePerGas());
        if (h.withdrawalsRoot() != null) JsonValues.hash(g, "withdrawalsRoot", h.withdrawalsRoot());
        if (h.blobGasUsed() != null) JsonValues.quantity(g, "blobGasUsed", h.blobGasUsed());
        if (h.excessBlobGas() != null) JsonValues.quantity(g, "excessBlobGas", h.excessBlobGas());
        if (h.parentBeaconBlockRoot() != null) JsonValues.hash(g, "parentBeaconBlockRoot", h.parentBeaconBlockRoot());
        if (h.requestsHash() != null) JsonValues.hash(g, "requestsHash", h.requestsHash());
    }
}
