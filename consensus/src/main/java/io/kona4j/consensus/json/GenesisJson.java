package io.kona4j.consensus.json;

import static io.kona4j.consensus.json.JsonValues.address;
import static io.kona4j.consensus.json.JsonValues.data;
import static io.kona4j.consensus.json.JsonValues.hash;
import static io.kona4j.consensus.json.JsonValues.quantity;
import static io.kona4j.consensus.json.JsonValues.uint256;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.genesis.Genesis;
import io.kona4j.consensus.genesis.GenesisAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * geth's genesis JSON ({@code nonce, timestamp, extraData, gasLimit, difficulty, mixHash, coinbase, alloc, number,
 * gasUsed, parentHash, baseFeePerGas, excessBlobGas, blobGasUsed}, op-geth's {@code stateHash}), streamed so that a
 * large allocation is never held as a tree. Numbers may be hex quantities or decimal (geth's
 * {@code HexOrDecimal}); alloc addresses and storage words may omit {@code 0x}; storage words may be shorter than 32
 * bytes (left-padded). The chain {@code config} is skipped: the forks at genesis are the caller's to say.
 */
public final class GenesisJson {
    private GenesisJson() {}

    public static Genesis parse(String json) {
        return JsonValues.readDocument("genesis", JsonValues.parser(json), GenesisJson::read);
    }

    /** Streams a genesis from {@code in} (not closed here). */
    public static Genesis parse(InputStream in) {
        try {
            return JsonValues.readDocument("genesis", JsonValues.FACTORY.createParser(in), GenesisJson::read);
        } catch (IOException e) {
            throw new ConsensusException("unreadable genesis JSON: " + e.getMessage(), e);
        }
    }

    /** Reads the genesis object at the parser's current {@code START_OBJECT}. */
    public static Genesis read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "genesis");
        long nonce = 0, timestamp = 0, gasLimit = 0, number = 0, gasUsed = 0;
        byte[] extra = Bytes.EMPTY;
        UInt256 difficulty = null, baseFee = null;
        Hash mixHash = Hash.ZERO, parentHash = Hash.ZERO, stateHash = null;
        Address coinbase = Address.ZERO;
        Long excessBlobGas = null, blobGasUsed = null;
        Map<Address, GenesisAccount> alloc = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (JsonValues.isNull(p)) continue;
            switch (name) {
                case "nonce" -> nonce = number(p, name);
                case "timestamp" -> timestamp = number(p, name);
                case "extraData" -> extra = data(p, name);
                case "gasLimit" -> gasLimit = number(p, name);
                case "difficulty" -> difficulty = bigNumber(p, name);
                case "mixHash" -> mixHash = hash(p, name);
                case "coinbase" -> coinbase = address(p, name);
                case "alloc" -> alloc = alloc(p);
                case "number" -> number = number(p, name);
                case "gasUsed" -> gasUsed = number(p, name);
                case "parentHash" -> parentHash = hash(p, name);
                case "baseFeePerGas" -> baseFee = bigNumber(p, name);
                case "excessBlobGas" -> excessBlobGas = number(p, name);
                case "blobGasUsed" -> blobGasUsed = number(p, name);
                case "stateHash" -> stateHash = hash(p, name);
                default -> p.skipChildren();
            }
        }
        if (alloc == null && stateHash == null) throw JsonValues.missing("genesis", "alloc");
        return new Genesis(nonce, timestamp, extra, gasLimit, difficulty, mixHash, coinbase, number, gasUsed,
                parentHash, baseFee, excessBlobGas, blobGasUsed, alloc == null ? Map.of() : alloc, stateHash);
    }

    private static Map<Address, GenesisAccount> alloc(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "alloc");
        Map<Address, GenesisAccount> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Address a = Address.of(word(key, "alloc address", Address.SIZE, true));
            p.nextToken();
            try {
                if (out.put(a, account(p)) != null) throw new ConsensusException("listed twice");
            } catch (ConsensusException e) {
                throw new ConsensusException("genesis account " + a + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static GenesisAccount account(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "genesis account");
        long nonce = 0;
        UInt256 balance = null;
        byte[] code = Bytes.EMPTY;
        TreeMap<UInt256, UInt256> storage = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (JsonValues.isNull(p)) continue;
            switch (name) {
                case "nonce" -> nonce = number(p, name);
                case "balance" -> balance = bigNumber(p, name);
                case "code" -> code = data(p, name);
                case "storage" -> {
                    JsonValues.expectObject(p, "storage");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        UInt256 slot = UInt256.fromBytes(word(p.currentName(), "storage slot", 32, false));
                        p.nextToken();
                        UInt256 value = UInt256.fromBytes(word(JsonValues.text(p, "storage value"), "storage value", 32, false));
                        storage.put(slot, value);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new GenesisAccount(nonce, JsonValues.require(balance, "genesis account", "balance"), code, storage);
    }

    /** Hex of at most {@code size} bytes with optional {@code 0x}, left-padded; {@code exact} demands the full size. */
    private static byte[] word(String hex, String what, int size, boolean exact) {
        String digits = Hex.hasPrefix(hex) ? hex.substring(2) : hex;
        if (digits.length() > 2 * size || (exact && digits.length() != 2 * size)) {
            throw new ConsensusException(what + " '" + hex + "' is not " + (exact ? "" : "at most ") + size + " bytes");
        }
        try {
            return Bytes.leftPad(Hex.decodeLenient(digits), size);
        } catch (PrimitivesException e) {
            throw new ConsensusException(what + ": " + e.getMessage(), e);
        }
    }

    /** geth's HexOrDecimal64: a hex quantity, a decimal string or a JSON integer. */
    private static long number(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && !Hex.hasPrefix(p.getText())) {
            try {
                return Long.parseUnsignedLong(p.getText());
            } catch (NumberFormatException e) {
                throw new ConsensusException("'" + field + "' is neither hex nor a 64-bit decimal: " + p.getText());
            }
        }
        return quantity(p, field);
    }

    /** geth's HexOrDecimal256: a hex quantity, a decimal string or a JSON integer. */
    private static UInt256 bigNumber(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && !Hex.hasPrefix(p.getText())) {
            try {
                return UInt256.parse(p.getText());
            } catch (PrimitivesException e) {
                throw new ConsensusException("'" + field + "': " + e.getMessage(), e);
            }
        }
        return uint256(p, field);
    }
}
