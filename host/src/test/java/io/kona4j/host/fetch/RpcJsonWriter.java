package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip2930Transaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.Bloom;

import java.util.List;

/** Test side: writes transactions and headers the way a node's JSON-RPC does (execution-apis field names). */
public final class RpcJsonWriter {
    private RpcJsonWriter() {}

    public static String q(long v) {
        return "0x" + Long.toHexString(v);
    }

    static String q(UInt256 v) {
        byte[] b = v.toMinimalBytes();
        return b.length == 0 ? "0x0" : "0x" + Hex.encodeNoPrefix(b).replaceFirst("^0", "");
    }

    public static ObjectNode tx(byte[] raw) {
        Transaction t = Transaction.decode(raw);
        ObjectNode o = LoopbackServer.JSON.createObjectNode();
        o.put("hash", t.hash().toHex());
        switch (t) {
            case LegacyTransaction l -> {
                o.put("type", "0x0").put("nonce", q(l.nonce())).put("gasPrice", q(l.gasPrice())).put("gas", q(l.gasLimit()));
                to(o, l.to());
                o.put("value", q(l.value())).put("input", Hex.encode(l.input())).put("v", q(l.v()))
                        .put("r", q(l.r())).put("s", q(l.s()));
            }
            case Eip2930Transaction e -> {
                o.put("type", "0x1").put("chainId", q(e.chainId())).put("nonce", q(e.nonce()))
                        .put("gasPrice", q(e.gasPrice())).put("gas", q(e.gasLimit()));
                to(o, e.to());
                o.put("value", q(e.value())).put("input", Hex.encode(e.input()));
                accessList(o, e.accessList());
                o.put("yParity", q(e.yParity())).put("v", q(e.yParity())).put("r", q(e.r())).put("s", q(e.s()));
            }
            case Eip1559Transaction e -> {
                o.put("type", "0x2").put("chainId", q(e.chainId())).put("nonce", q(e.nonce()))
                        .put("maxPriorityFeePerGas", q(e.maxPriorityFee())).put("maxFeePerGas", q(e.maxFee()))
                        .put("gas", q(e.gasLimit()));
                to(o, e.to());
                o.put("value", q(e.value())).put("input", Hex.encode(e.input()));
                accessList(o, e.accessList());
                o.put("yParity", q(e.yParity())).put("v", q(e.yParity())).put("r", q(e.r())).put("s", q(e.s()));
            }
            case DepositTransaction d -> {
                o.put("type", "0x7e").put("sourceHash", d.sourceHash().toHex()).put("from", d.from().toHex());
                to(o, d.to());
                o.put("mint", q(d.mint())).put("value", q(d.value())).put("gas", q(d.gasLimit()))
                        .put("isSystemTx", d.isSystemTransaction()).put("input", Hex.encode(d.input()))
                        .put("nonce", "0x1");
            }
            default -> throw new IllegalArgumentException("no JSON writer for " + t.type());
        }
        return o;
    }

    private static void to(ObjectNode o, Address to) {
        if (to == null) o.putNull("to");
        else o.put("to", to.toHex());
    }

    private static void accessList(ObjectNode o, List<AccessListEntry> list) {
        ArrayNode arr = o.putArray("accessList");
        for (AccessListEntry e : list) {
            ObjectNode n = arr.addObject();
            n.put("address", e.address().toHex());
            ArrayNode keys = n.putArray("storageKeys");
            e.storageKeys().forEach(k -> keys.add(k.toHex()));
        }
    }

    /** An RPC-style JSON header (as in the fixtures) read into a header. */
    public static Header header(JsonNode h) {
        Header.Builder b = Header.builder()
                .parentHash(Hash.fromHex(h.get("parentHash").asText()))
                .ommersHash(Hash.fromHex(h.get("sha3Uncles").asText()))
                .beneficiary(Address.fromHex(h.get("miner").asText()))
                .stateRoot(Hash.fromHex(h.get("stateRoot").asText()))
                .transactionsRoot(Hash.fromHex(h.get("transactionsRoot").asText()))
                .receiptsRoot(Hash.fromHex(h.get("receiptsRoot").asText()))
                .logsBloom(Bloom.fromHex(h.get("logsBloom").asText()))
                .difficulty(UInt256.fromBytes(Hex.decodeLenient(h.get("difficulty").asText())))
                .number(Long.decode(h.get("number").asText()))
                .gasLimit(Long.decode(h.get("gasLimit").asText()))
                .gasUsed(Long.decode(h.get("gasUsed").asText()))
                .timestamp(Long.decode(h.get("timestamp").asText()))
                .extraData(Hex.decode(h.get("extraData").asText()))
                .mixHash(Hash.fromHex(h.get("mixHash").asText()))
                .nonce(Long.decode(h.get("nonce").asText()))
                .baseFeePerGas(UInt256.fromBytes(Hex.decodeLenient(h.get("baseFeePerGas").asText())))
                .withdrawalsRoot(Hash.fromHex(h.get("withdrawalsRoot").asText()))
                .blobGasUsed(Long.decode(h.get("blobGasUsed").asText()))
                .excessBlobGas(Long.decode(h.get("excessBlobGas").asText()))
                .parentBeaconBlockRoot(Hash.fromHex(h.get("parentBeaconBlockRoot").asText()));
        return b.build();
    }
}
