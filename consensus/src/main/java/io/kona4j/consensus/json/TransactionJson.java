package io.kona4j.consensus.json;

import static io.kona4j.consensus.json.JsonValues.address;
import static io.kona4j.consensus.json.JsonValues.bool;
import static io.kona4j.consensus.json.JsonValues.data;
import static io.kona4j.consensus.json.JsonValues.hash;
import static io.kona4j.consensus.json.JsonValues.quantity;
import static io.kona4j.consensus.json.JsonValues.require;
import static io.kona4j.consensus.json.JsonValues.uint256;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip2930Transaction;
import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RPC JSON for every {@link Transaction} type, as {@code eth_getTransactionByHash} serves it: {@code type, chainId,
 * nonce, gasPrice | maxPriorityFeePerGas + maxFeePerGas, gas, to, value, input, accessList, maxFeePerBlobGas,
 * blobVersionedHashes, authorizationList, v, r, s, yParity, hash}; OP deposits {@code sourceHash, from, to, mint,
 * value, gas, isSystemTx, input}. Reading checks a present {@code hash} against the fields (a mismatch means a field
 * was misread or altered) and ignores the block context ({@code blockHash, transactionIndex, …}).
 */
public final class TransactionJson {
    private TransactionJson() {}

    public static Transaction parse(String json) {
        return JsonValues.readDocument("transaction", JsonValues.parser(json), TransactionJson::read);
    }

    public static Transaction fromTree(JsonNode node) {
        return JsonValues.readDocument("transaction", JsonValues.parser(node), TransactionJson::read);
    }

    /** Reads the transaction object at the parser's current {@code START_OBJECT}, leaving it on the {@code END_OBJECT}. */
    public static Transaction read(JsonParser p) throws IOException {
        JsonValues.expectObject(p, "transaction");
        Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            f.accept(name, p);
        }
        Transaction tx = f.build();
        if (f.hash != null && !f.hash.equals(tx.hash())) {
            throw new ConsensusException("transaction JSON says hash " + f.hash + " but its fields encode to "
                    + tx.hash());
        }
        return tx;
    }

    public static String toJson(Transaction tx) {
        return JsonValues.writeToString(g -> write(g, tx, false));
    }

    /**
     * Writes the transaction as a JSON object with its {@code hash}; with {@code includeSender} a signed transaction
     * also gets {@code from} (recovered from its signature, which costs an ecrecover). A deposit always has {@code from}.
     */
    public static void write(JsonGenerator g, Transaction tx, boolean includeSender) throws IOException {
        g.writeStartObject();
        JsonValues.quantity(g, "type", tx.type().id());
        switch (tx) {
            case DepositTransaction d -> {
                JsonValues.hash(g, "sourceHash", d.sourceHash());
                JsonValues.address(g, "from", d.from());
                JsonValues.address(g, "to", d.to());
                JsonValues.quantity(g, "mint", d.mint());
                JsonValues.quantity(g, "value", d.value());
                JsonValues.quantity(g, "gas", d.gasLimit());
                g.writeBooleanField("isSystemTx", d.isSystemTransaction());
                JsonValues.data(g, "input", d.input());
            }
            case SignedTransaction s -> writeSigned(g, s, includeSender);
        }
        JsonValues.hash(g, "hash", tx.hash());
        g.writeEndObject();
    }

    private static void writeSigned(JsonGenerator g, SignedTransaction s, boolean includeSender) throws IOException {
        if (includeSender) JsonValues.address(g, "from", s.sender());
        if (s.type() != TxType.LEGACY || s.chainId() != 0) JsonValues.quantity(g, "chainId", s.chainId());
        JsonValues.quantity(g, "nonce", s.nonce());
        if (s.type() == TxType.LEGACY || s.type() == TxType.EIP2930) {
            JsonValues.quantity(g, "gasPrice", s.maxFeePerGas());
        } else {
            JsonValues.quantity(g, "maxPriorityFeePerGas", s.maxPriorityFeePerGas());
            JsonValues.quantity(g, "maxFeePerGas", s.maxFeePerGas());
        }
        JsonValues.quantity(g, "gas", s.gasLimit());
        JsonValues.address(g, "to", s.to());
        JsonValues.quantity(g, "value", s.value());
        JsonValues.data(g, "input", s.input());
        if (s.type() != TxType.LEGACY) writeAccessList(g, s.accessList());
        if (s instanceof Eip4844Transaction b) {
            JsonValues.quantity(g, "maxFeePerBlobGas", b.maxFeePerBlobGas());
            g.writeArrayFieldStart("blobVersionedHashes");
            for (Hash h : b.blobVersionedHashes()) g.writeString(h.toHex());
            g.writeEndArray();
        }
        if (s instanceof Eip7702Transaction t) {
            g.writeArrayFieldStart("authorizationList");
            for (Authorization a : t.authorizationList()) {
                g.writeStartObject();
                JsonValues.quantity(g, "chainId", a.chainId());
                JsonValues.address(g, "address", a.address());
                JsonValues.quantity(g, "nonce", a.nonce());
                JsonValues.quantity(g, "yParity", a.yParity());
                JsonValues.quantity(g, "r", a.r());
                JsonValues.quantity(g, "s", a.s());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (s instanceof LegacyTransaction l) {
            JsonValues.quantity(g, "v", l.v());
        } else {
            JsonValues.quantity(g, "v", s.recoveryId());
        }
        JsonValues.quantity(g, "r", s.r());
        JsonValues.quantity(g, "s", s.s());
        if (!(s instanceof LegacyTransaction)) JsonValues.quantity(g, "yParity", s.recoveryId());
    }

    private static void writeAccessList(JsonGenerator g, List<AccessListEntry> list) throws IOException {
        g.writeArrayFieldStart("accessList");
        for (AccessListEntry e : list) {
            g.writeStartObject();
            JsonValues.address(g, "address", e.address());
            g.writeArrayFieldStart("storageKeys");
            for (Hash k : e.storageKeys()) g.writeString(k.toHex());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The fields of one transaction object, of whichever type; {@link #build()} checks what its type needs. */
    private static final class Fields {
        Long type, chainId, nonce, gas, v, yParity;
        UInt256 gasPrice, maxPriorityFee, maxFee, value, r, s, maxFeePerBlobGas, mint;
        Address to, from;
        boolean toSeen;
        byte[] input;
        List<AccessListEntry> accessList;
        List<Hash> blobHashes;
        List<Authorization> authorizations;
        Hash sourceHash, hash;
        Boolean isSystemTx;

        void accept(String name, JsonParser p) throws IOException {
            if (JsonValues.isNull(p)) {
                if (name.equals("to")) toSeen = true;
                return;
            }
            switch (name) {
                case "type" -> type = quantity(p, name);
                case "chainId" -> chainId = quantity(p, name);
                case "nonce" -> nonce = quantity(p, name);
                case "gas" -> gas = quantity(p, name);
                case "gasPrice" -> gasPrice = uint256(p, name);
                case "maxPriorityFeePerGas" -> maxPriorityFee = uint256(p, name);
                case "maxFeePerGas" -> maxFee = uint256(p, name);
                case "maxFeePerBlobGas" -> maxFeePerBlobGas = uint256(p, name);
                case "to" -> {
                    to = address(p, name);
                    toSeen = true;
                }
                case "from" -> from = address(p, name);
                case "value" -> value = uint256(p, name);
                case "input", "data" -> input = data(p, name);
                case "v" -> v = quantity(p, name);
                case "yParity" -> yParity = quantity(p, name);
                case "r" -> r = uint256(p, name);
                case "s" -> s = uint256(p, name);
                case "accessList" -> accessList = accessList(p);
                case "blobVersionedHashes" -> blobHashes = hashes(p, name);
                case "authorizationList" -> authorizations = authorizations(p);
                case "sourceHash" -> sourceHash = hash(p, name);
                case "mint" -> mint = uint256(p, name);
                case "isSystemTx" -> isSystemTx = bool(p, name);
                case "hash" -> hash = hash(p, name);
                default -> p.skipChildren();
            }
        }

        Transaction build() {
            if (type != null && Long.compareUnsigned(type, 0xff) > 0) {
                throw new ConsensusException("transaction type " + Long.toUnsignedString(type) + " is not a byte");
            }
            TxType t = TxType.of(type == null ? 0 : (int) (long) type);
            String what = t + " transaction";
            if (t != TxType.DEPOSIT) {
                require(nonce, what, "nonce");
                require(gas, what, "gas");
                require(value, what, "value");
                require(input, what, "input");
                require(r, what, "r");
                require(s, what, "s");
                if (!toSeen) throw JsonValues.missing(what, "to");
            }
            return switch (t) {
                case LEGACY -> new LegacyTransaction(nonce, require(gasPrice, what, "gasPrice"), gas, to, value, input,
                        require(v, what, "v"), r, s);
                case EIP2930 -> new Eip2930Transaction(require(chainId, what, "chainId"), nonce,
                        require(gasPrice, what, "gasPrice"), gas, to, value, input, accessListOrEmpty(), parity(what), r, s);
                case EIP1559 -> new Eip1559Transaction(require(chainId, what, "chainId"), nonce,
                        require(maxPriorityFee, what, "maxPriorityFeePerGas"), require(maxFee, what, "maxFeePerGas"), gas,
                        to, value, input, accessListOrEmpty(), parity(what), r, s);
                case EIP4844 -> new Eip4844Transaction(require(chainId, what, "chainId"), nonce,
                        require(maxPriorityFee, what, "maxPriorityFeePerGas"), require(maxFee, what, "maxFeePerGas"), gas,
                        require(to, what, "to"), value, input, accessListOrEmpty(),
                        require(maxFeePerBlobGas, what, "maxFeePerBlobGas"),
                        require(blobHashes, what, "blobVersionedHashes"), parity(what), r, s);
                case EIP7702 -> new Eip7702Transaction(require(chainId, what, "chainId"), nonce,
                        require(maxPriorityFee, what, "maxPriorityFeePerGas"), require(maxFee, what, "maxFeePerGas"), gas,
                        require(to, what, "to"), value, input, accessListOrEmpty(),
                        require(authorizations, what, "authorizationList"), parity(what), r, s);
                case DEPOSIT -> new DepositTransaction(require(sourceHash, what, "sourceHash"),
                        require(from, what, "from"), to, mint == null ? UInt256.ZERO : mint,
                        require(value, what, "value"), require(gas, what, "gas"),
                        isSystemTx != null && isSystemTx, require(input, what, "input"));
            };
        }

        private List<AccessListEntry> accessListOrEmpty() {
            return accessList == null ? List.of() : accessList;
        }

        /** {@code yParity}, else {@code v} (older nodes send only v for typed transactions); they must agree. */
        private int parity(String what) {
            Long y = yParity != null ? yParity : v;
            if (y == null) throw JsonValues.missing(what, "yParity");
            if (yParity != null && v != null && !yParity.equals(v)) {
                throw new ConsensusException(what + " JSON has yParity " + yParity + " but v " + v);
            }
            if (y != 0 && y != 1) {
                throw new ConsensusException(what + " JSON yParity must be 0 or 1, got " + Long.toUnsignedString(y));
            }
            return (int) (long) y;
        }
    }

    private static List<AccessListEntry> accessList(JsonParser p) throws IOException {
        JsonValues.expectArray(p, "accessList");
        List<AccessListEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonValues.expectObject(p, "access-list entry");
            Address address = null;
            List<Hash> keys = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "address" -> address = address(p, name);
                    case "storageKeys" -> keys = hashes(p, name);
                    default -> p.skipChildren();
                }
            }
            out.add(new AccessListEntry(require(address, "access-list entry", "address"),
                    keys == null ? List.of() : keys));
        }
        return out;
    }

    static List<Hash> hashes(JsonParser p, String field) throws IOException {
        JsonValues.expectArray(p, field);
        List<Hash> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(hash(p, field));
        return out;
    }

    private static List<Authorization> authorizations(JsonParser p) throws IOException {
        JsonValues.expectArray(p, "authorizationList");
        List<Authorization> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonValues.expectObject(p, "authorization");
            UInt256 chainId = null, r = null, s = null;
            Address address = null;
            Long nonce = null, y = null, v = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "chainId" -> chainId = uint256(p, name);
                    case "address" -> address = address(p, name);
                    case "nonce" -> nonce = quantity(p, name);
                    case "yParity" -> y = quantity(p, name);
                    case "v" -> v = quantity(p, name);
                    case "r" -> r = uint256(p, name);
                    case "s" -> s = uint256(p, name);
                    default -> p.skipChildren();
                }
            }
            Long parity = y != null ? y : v;
            if (parity == null) throw JsonValues.missing("authorization", "yParity");
            if (Long.compareUnsigned(parity, 0xff) > 0) {
                throw new ConsensusException("authorization yParity " + Long.toUnsignedString(parity) + " does not fit in 8 bits");
            }
            out.add(new Authorization(require(chainId, "authorization", "chainId"),
                    require(address, "authorization", "address"), require(nonce, "authorization", "nonce"),
                    (int) (long) parity, require(r, "authorization", "r"), require(s, "authorization", "s")));
        }
        return out;
    }
}
