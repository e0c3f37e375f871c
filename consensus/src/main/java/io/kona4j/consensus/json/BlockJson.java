package io.kona4j.consensus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.Withdrawal;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * RPC JSON for {@link Block} as {@code eth_getBlockByNumber(n, true)} serves it: the header fields, full
 * {@code transactions}, {@code uncles} (hashes) and {@code withdrawals}. Read with a streaming parser, so a large
 * block is never held as a tree. A block listing only transaction hashes, or uncle hashes (whose headers RPC does
 * not serve), cannot be turned into a {@link Block} and is rejected.
 */
public final class BlockJson {
    private BlockJson() {}

    public static Block parse(String json) {
        return JsonValues.readDocument("block", JsonValues.parser(json), BlockJson::read);
    }

    /** Streams a block from {@code in} (not closed here). */
    public static Block parse(InputStream in) {
        try {
            return JsonValues.readDocument("block", JsonValues.FACTORY.createParser(in), BlockJson::read);
        } catch (IOException e) {
            throw new ConsensusException("unreadable block JSON: " + e.getMessage(), e);
        }
    }

    public static Block fromTree(JsonNode node) {
        return JsonValues.readDocument("block", JsonValues.parser(node), BlockJson::read);
    }

    /** Reads the block object at the parser's current {@code START_OBJECT}, leaving it on the {@code END_OBJECT}. */
    public static Block read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "block");
        HeaderFields header = new HeaderFields();
        List<Transaction> txs = null;
        List<Withdrawal> withdrawals = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (header.accept(name, p)) continue;
            switch (name) {
                case "transactions" -> txs = transactions(p);
                case "uncles" -> {
                    JsonValues.expectArray(p, "uncles");
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        throw new ConsensusException("block JSON lists uncles; RPC serves only their hashes, so the "
                                + "block cannot be rebuilt from JSON");
                    }
                }
                case "withdrawals" -> {
                    if (!JsonValues.isNull(p)) withdrawals = JsonValues.withdrawals(p);
                }
                default -> p.skipChildren();
            }
        }
        Header h = header.build("block");
        return new Block(h, JsonValues.require(txs, "block", "transactions"), List.of(), withdrawals);
    }

    private static List<Transaction> transactions(JsonParser p) throws IOException {
        JsonValues.expectArray(p, "transactions");
        List<Transaction> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                throw new ConsensusException("block JSON lists transaction hashes only; full transactions are needed "
                        + "(eth_getBlockByNumber with true)");
            }
            try {
                out.add(TransactionJson.read(p));
            } catch (ConsensusException e) {
                throw new ConsensusException("block transaction " + out.size() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static String toJson(Block b) {
        return JsonValues.writeToString(g -> write(g, b));
    }

    /** Writes the block with full transactions (senders of signed transactions are not recovered). */
    public static void write(JsonGenerator g, Block b) throws IOException {
        if (!b.ommers().isEmpty()) throw new ConsensusException("block with ommers: RPC JSON lists only their hashes");
        g.writeStartObject();
        HeaderJson.writeFields(g, b.header());
        g.writeArrayFieldStart("transactions");
        for (Transaction tx : b.transactions()) TransactionJson.write(g, tx, false);
        g.writeEndArray();
        g.writeArrayFieldStart("uncles");
        g.writeEndArray();
        if (b.withdrawals() != null) JsonValues.withdrawals(g, "withdrawals", b.withdrawals());
        g.writeEndObject();
    }
}
