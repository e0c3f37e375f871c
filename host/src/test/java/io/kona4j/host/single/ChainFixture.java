package io.kona4j.host.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kona4j.consensus.Header;
import io.kona4j.host.TestData;
import io.kona4j.host.fetch.RpcJsonWriter;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real OP Sepolia data from Kona's executor fixtures (../shared/testdata/kona-executor/extracted): the headers of
 * blocks 26207960..26207962, the twelve transactions of 26207961 and the witness nodes of its execution. Served by
 * loopback nodes as both "L1" and "L2" data: the handlers only care that answers hash to what was asked.
 */
final class ChainFixture {
    static final RpcConfig RPC = RpcConfig.defaults().withRequestTimeout(Duration.ofSeconds(5))
            .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50));

    final Map<Long, Header> headers = new HashMap<>();
    final Map<Hash, byte[]> rawHeaders = new HashMap<>();
    final Header block61;
    final List<byte[]> txs61 = new ArrayList<>();
    /** keccak256 → preimage of the 26207961 witness (state nodes and code). */
    final Map<Hash, byte[]> witness = new HashMap<>();

    ChainFixture() throws IOException {
        Path dir = TestData.testdata().resolve("kona-executor/extracted");
        JsonNode hs = LoopbackServer.JSON.readTree(Files.readString(dir.resolve("expected_headers_from_next_fixture.json")));
        hs.fieldNames().forEachRemaining(n -> {
            Header h = RpcJsonWriter.header(hs.get(n));
            headers.put(Long.parseLong(n), h);
            rawHeaders.put(h.hash(), h.encode());
        });
        JsonNode fixture = LoopbackServer.JSON.readTree(Files.readString(dir.resolve("block-26207961/fixture.json")));
        block61 = headers.get(26207961L);
        if (!block61.hash().equals(Hash.fromHex(fixture.get("expected_block_hash").asText()))) {
            throw new IllegalStateException("fixture header does not hash to the expected block hash");
        }
        fixture.get("executing_payload").get("transactions").forEach(t -> txs61.add(Hex.decode(t.asText())));
        for (String line : Files.readAllLines(dir.resolve("block-26207961/kv.hex.txt"))) {
            String[] kv = line.trim().split(" ");
            if (kv.length == 2) witness.put(Hash.fromHex("0x" + kv[0]), Hex.decode("0x" + kv[1]));
        }
    }

    /** Adds the execution-node methods over this data (plus {@code extraHeaders}) to {@code s}. */
    LoopbackServer serveNode(LoopbackServer s, Map<Hash, byte[]> extraHeaders) {
        Map<Hash, byte[]> all = new HashMap<>(rawHeaders);
        all.putAll(extraHeaders);
        return s.onRpcResult("debug_getRawHeader", p -> {
                    byte[] h = all.get(Hash.fromHex(p.get(0).asText()));
                    return h == null ? LoopbackServer.JSON.nullNode() : TextNode.valueOf(Hex.encode(h));
                })
                .onRpcResult("eth_getBlockByHash", p -> {
                    if (!p.get(0).asText().equals(block61.hash().toHex())) return LoopbackServer.JSON.nullNode();
                    ObjectNode block = LoopbackServer.JSON.createObjectNode();
                    block.put("hash", block61.hash().toHex());
                    ArrayNode arr = block.putArray("transactions");
                    txs61.forEach(t -> arr.add(RpcJsonWriter.tx(t)));
                    return block;
                })
                .onRpcResult("debug_dbGet", p -> {
                    byte[] key = Hex.decode(p.get(0).asText());
                    if (key.length != 32) return LoopbackServer.JSON.nullNode();
                    byte[] v = witness.get(Hash.wrap(key));
                    return v == null ? LoopbackServer.JSON.nullNode() : TextNode.valueOf(Hex.encode(v));
                });
    }
}
