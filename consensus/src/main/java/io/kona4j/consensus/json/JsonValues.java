package io.kona4j.consensus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Withdrawal;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing RPC JSON scalars: hex quantities, fixed-size data, byte strings; errors name the field. */
final class JsonValues {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 * 1024 * 1024).build()).build();

    private JsonValues() {}

    /** A parser over {@code json}, positioned before its first token. */
    static JsonParser parser(String json) {
        try {
            return FACTORY.createParser(json);
        } catch (IOException e) {
            throw new ConsensusException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    /** A parser over an already parsed tree. */
    static JsonParser parser(JsonNode node) {
        return node.traverse();
    }

    interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** Runs a reader over a whole document, turning Jackson and primitives errors into {@link ConsensusException}. */
    static <T> T readDocument(String what, JsonParser p, Reader<T> reader) {
        try (p) {
            p.nextToken();
            T value = reader.read(p);
            if (p.nextToken() != null) throw new ConsensusException(what + " JSON has trailing content after the object");
            return value;
        } catch (IOException e) {
            throw new ConsensusException("malformed " + what + " JSON: " + e.getMessage(), e);
        }
    }

    /** Writes one value to a string. */
    static String writeToString(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Fails unless the current token starts an object. */
    static void expectObject(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new ConsensusException(what + " must be a JSON object, found " + describe(p));
        }
    }

    /** Fails unless the current token starts an array. */
    static void expectArray(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ConsensusException(what + " must be a JSON array, found " + describe(p));
        }
    }

    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) return "the end of the input";
        return switch (t) {
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getText());
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 66) + "…(" + s.length() + " chars)";
    }

    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    /** The current string token's text, or an error naming the field. */
    static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new ConsensusException("'" + field + "' must be a hex string, found " + describe(p));
        }
        return p.getText();
    }

    /** An unsigned 64-bit quantity: a {@code 0x} hex string (leading zeros tolerated) or a non-negative JSON integer. */
    static long quantity(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG
                    || p.getLongValue() < 0) {
                throw new ConsensusException("'" + field + "' must be an unsigned 64-bit quantity, got " + p.getText());
            }
            return p.getLongValue();
        }
        String s = text(p, field);
        if (!Hex.hasPrefix(s)) throw new ConsensusException("'" + field + "' must be a 0x-prefixed hex quantity, got \"" + abbreviate(s) + "\"");
        int start = 2;
        while (start < s.length() - 1 && s.charAt(start) == '0') start++;
        String digits = s.substring(start);
        if (digits.isEmpty()) throw new ConsensusException("'" + field + "' is an empty hex quantity");
        if (digits.length() > 16) throw new ConsensusException("'" + field + "' = " + abbreviate(s) + " does not fit in 64 bits");
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0 || digits.charAt(i) > 'f') {
                throw new ConsensusException("'" + field + "' is not a hex quantity: \"" + abbreviate(s) + "\"");
            }
        }
        return Long.parseUnsignedLong(digits, 16);
    }

    /** A 256-bit quantity: a {@code 0x} hex string or a non-negative JSON integer. */
    static UInt256 uint256(JsonParser p, String field) throws IOException {
        try {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                if (p.getText().length() > 78) throw new ConsensusException("'" + field + "' is over 256 bits");
                return UInt256.fromBigInteger(p.getBigIntegerValue());
            }
            String s = text(p, field);
            if (!Hex.hasPrefix(s)) throw new ConsensusException("'" + field + "' must be a 0x-prefixed hex quantity, got \"" + abbreviate(s) + "\"");
            if (s.length() == 2) throw new ConsensusException("'" + field + "' is an empty hex quantity");
            return UInt256.parse(s);
        } catch (PrimitivesException e) {
            throw new ConsensusException("'" + field + "': " + e.getMessage(), e);
        }
    }

    /** Hex data of any length. */
    static byte[] data(JsonParser p, String field) throws IOException {
        try {
            return Hex.decode(text(p, field));
        } catch (PrimitivesException e) {
            throw new ConsensusException("'" + field + "': " + e.getMessage(), e);
        }
    }

    /** Hex data of exactly {@code size} bytes. */
    static byte[] data(JsonParser p, String field, int size) throws IOException {
        String s = text(p, field);
        int digits = s.length() - (Hex.hasPrefix(s) ? 2 : 0);
        if (digits != 2 * size) {
            throw new ConsensusException("'" + field + "' must be " + size + " bytes (" + 2 * size + " hex digits), got "
                    + digits + " digits");
        }
        return data(p, field);
    }

    static Hash hash(JsonParser p, String field) throws IOException {
        return Hash.wrap(data(p, field, Hash.SIZE));
    }

    static Address address(JsonParser p, String field) throws IOException {
        return Address.of(data(p, field, Address.SIZE));
    }

    static boolean bool(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) return true;
        if (t == JsonToken.VALUE_FALSE) return false;
        throw new ConsensusException("'" + field + "' must be true or false, found " + describe(p));
    }

    static ConsensusException missing(String what, String field) {
        return new ConsensusException(what + " JSON lacks '" + field + "'");
    }

    static <T> T require(T value, String what, String field) {
        if (value == null) throw missing(what, field);
        return value;
    }

    // ---- writing ----

    static void quantity(JsonGenerator g, String field, long v) throws IOException {
        g.writeStringField(field, "0x" + Long.toHexString(v));
    }

    static void quantity(JsonGenerator g, String field, UInt256 v) throws IOException {
        g.writeStringField(field, v.toHexQuantity());
    }

    static void data(JsonGenerator g, String field, byte[] v) throws IOException {
        g.writeStringField(field, Hex.encode(v));
    }

    static void hash(JsonGenerator g, String field, Hash v) throws IOException {
        g.writeStringField(field, v.toHex());
    }

    static void address(JsonGenerator g, String field, Address v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeStringField(field, v.toHex());
    }

    /** The 8-byte header nonce as 16 hex digits, as nodes serve it. */
    static void nonce8(JsonGenerator g, String field, long v) throws IOException {
        byte[] b = new byte[8];
        Bytes.writeLongBE(v, b, 0);
        data(g, field, b);
    }

    // ---- withdrawals (EIP-4895 JSON: index, validatorIndex, address, amount in gwei) ----

    static Withdrawal withdrawal(JsonParser p) throws IOException {
        expectObject(p, "withdrawal");
        Long index = null, validator = null, amount = null;
        Address address = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "index" -> index = quantity(p, name);
                case "validatorIndex" -> validator = quantity(p, name);
                case "address" -> address = address(p, name);
                case "amount" -> amount = quantity(p, name);
                default -> p.skipChildren();
            }
        }
        return new Withdrawal(require(index, "withdrawal", "index"), require(validator, "withdrawal", "validatorIndex"),
                require(address, "withdrawal", "address"), require(amount, "withdrawal", "amount"));
    }

    static List<Withdrawal> withdrawals(JsonParser p) throws IOException {
        expectArray(p, "withdrawals");
        List<Withdrawal> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(withdrawal(p));
        return out;
    }

    static void withdrawals(JsonGenerator g, String field, List<Withdrawal> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Withdrawal w : list) {
            g.writeStartObject();
            quantity(g, "index", w.index());
            quantity(g, "validatorIndex", w.validatorIndex());
            address(g, "address", w.address());
            quantity(g, "amount", w.amountGwei());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
