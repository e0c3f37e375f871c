package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.host.TestData;
import io.kona4j.host.rpc.JsonRpcClient;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.MalformedResponseException;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The execution fetches against a loopback node serving real OP Sepolia block 26207961 (Kona's executor fixture):
 * its header from ../shared/testdata and its twelve transactions, written as a node's JSON. The expected values are
 * the real block hash and roots; lying answers must be rejected.
 */
@Timeout(60)
class ExecutionFetcherTest {
    private static final RpcConfig CFG = RpcConfig.defaults().withRequestTimeout(Duration.ofSeconds(5))
            .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50));

    private static Header header;
    private static Header otherHeader;
    private static List<byte[]> rawTxs;

    @BeforeAll
    static void load() throws Exception {
        Path dir = TestData.testdata().resolve("kona-executor/extracted");
        JsonNode headers = LoopbackServer.JSON.readTree(Files.readString(dir.resolve("expected_headers_from_next_fixture.json")));
        JsonNode fixture = LoopbackServer.JSON.readTree(Files.readString(dir.resolve("block-26207961/fixture.json")));
        header = RpcJsonWriter.header(headers.get("26207961"));
        otherHeader = RpcJsonWriter.header(headers.get("26207960"));
        assertThat(header.hash()).isEqualTo(Hash.fromHex(fixture.get("expected_block_hash").asText()));
        rawTxs = new ArrayList<>();
        fixture.get("executing_payload").get("transactions").forEach(t -> rawTxs.add(Hex.decode(t.asText())));
    }

    private static JsonNode blockJson(List<byte[]> txs) {
        ObjectNode block = LoopbackServer.JSON.createObjectNode();
        block.put("hash", header.hash().toHex());
        ArrayNode arr = block.putArray("transactions");
        txs.forEach(t -> arr.add(RpcJsonWriter.tx(t)));
        return block;
    }

    @Test
    void headerAndTransactionsOfARealBlock() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onRpcResult("debug_getRawHeader", p -> TextNode.valueOf(Hex.encode(header.encode())))
                .onRpcResult("eth_getBlockByHash", p -> blockJson(rawTxs));
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            ExecutionFetcher f = new ExecutionFetcher(rpc);
            assertThat(f.header(header.hash())).isEqualTo(header);
            List<byte[]> txs = f.transactions(header);
            assertThat(txs).hasSize(12);
            for (int i = 0; i < txs.size(); i++) assertThat(txs.get(i)).as("tx %d", i).isEqualTo(rawTxs.get(i));
            JsonNode sent = LoopbackServer.JSON.readTree(s.requests().get(1).body());
            assertThat(sent.get("params").toString()).isEqualTo("[\"" + header.hash().toHex() + "\",true]");
        }
    }

    @Test
    void aHeaderThatDoesNotHashToTheRequestIsRejected() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onRpcResult("debug_getRawHeader", p -> TextNode.valueOf(Hex.encode(otherHeader.encode())));
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            assertThatThrownBy(() -> new ExecutionFetcher(rpc).rawHeader(header.hash()))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining("rejected");
        }
    }

    @Test
    void transactionsThatDoNotBuildTheHeadersRootAreRejected() throws Exception {
        List<byte[]> tampered = new ArrayList<>(rawTxs);
        tampered.remove(5);
        try (LoopbackServer s = new LoopbackServer()
                .onRpcResult("eth_getBlockByHash", p -> blockJson(tampered));
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            assertThatThrownBy(() -> new ExecutionFetcher(rpc).transactions(header))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining(header.transactionsRoot().toHex());
        }
    }

    @Test
    void hashesInsteadOfTransactionsOrBadHexAreMalformed() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onRpcResult("eth_getBlockByHash", p -> LoopbackServer.JSON.createObjectNode()
                        .set("transactions", LoopbackServer.JSON.createArrayNode().add(header.hash().toHex())))
                .onRpcResult("debug_getRawHeader", p -> TextNode.valueOf("0xzz"));
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            assertThatThrownBy(() -> new ExecutionFetcher(rpc).transactions(header)).isInstanceOf(MalformedResponseException.class);
            assertThatThrownBy(() -> new ExecutionFetcher(rpc).rawHeader(header.hash())).isInstanceOf(MalformedResponseException.class);
        }
    }

    @Test
    void receiptsAreCheckedAgainstTheReceiptsRoot() throws Exception {
        Log log = new Log(Address.fromHex("0x4200000000000000000000000000000000000016"),
                List.of(Hash.fromHex("0x" + "01".repeat(32))), Hex.decode("0xbeef"));
        List<byte[]> receipts = List.of(Receipt.of(TxType.EIP1559, true, 21_000, List.of(log)).encode(),
                Receipt.of(TxType.LEGACY, false, 42_000, List.of()).encode());
        Header withReceipts = header.toBuilder().receiptsRoot(OrderedListTrie.root(receipts)).build();
        Header empty = header.toBuilder().receiptsRoot(Hash.EMPTY_TRIE_ROOT).build();
        try (LoopbackServer s = new LoopbackServer().onRpcResult("debug_getRawReceipts", p -> {
            ArrayNode a = LoopbackServer.JSON.createArrayNode();
            if (!p.get(0).asText().equals(empty.hash().toHex())) receipts.forEach(r -> a.add(Hex.encode(r)));
            return a;
        }); JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            ExecutionFetcher f = new ExecutionFetcher(rpc);
            assertThat(f.rawReceipts(withReceipts)).hasSize(2).first().isEqualTo(receipts.get(0));
            assertThat(f.rawReceipts(empty)).isEmpty();
            assertThatThrownBy(() -> f.rawReceipts(header)).isInstanceOf(InvalidFetchedDataException.class)
                    .hasMessageContaining(header.receiptsRoot().toHex());
        }
    }

    @Test
    void codeAndTrieNodesMustHashToTheirKeys() throws Exception {
        byte[] code = Hex.decode("0x6080604052348015600f57600080fd5b50");
        Hash codeHash = Keccak256.hash(code);
        byte[] node = header.encode();
        Hash nodeHash = Keccak256.hash(node);
        try (LoopbackServer s = new LoopbackServer().onRpcResult("debug_dbGet", p -> {
            String key = p.get(0).asText();
            if (key.equals("0x63" + codeHash.toHex().substring(2))) return TextNode.valueOf(Hex.encode(code));
            if (key.equals(nodeHash.toHex())) return TextNode.valueOf(Hex.encode(node));
            if (key.equals(Hash.ZERO.toHex())) return TextNode.valueOf("0x1234");
            return null;
        }); JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            ExecutionFetcher f = new ExecutionFetcher(rpc);
            assertThat(f.code(codeHash)).isEqualTo(code);
            assertThat(f.stateNode(nodeHash)).isEqualTo(node);
            assertThatThrownBy(() -> f.stateNode(Hash.ZERO)).isInstanceOf(InvalidFetchedDataException.class)
                    .hasMessageContaining("rejected");
            assertThatThrownBy(() -> f.code(Keccak256.hash(new byte[] {1}))).isInstanceOf(InvalidFetchedDataException.class)
                    .hasMessageContaining("has no code");
        }
    }

    @Test
    void codeFallsBackToTheBareHashKey() throws Exception {
        byte[] code = Hex.decode("0x600160005260206000f3");
        Hash codeHash = Keccak256.hash(code);
        try (LoopbackServer s = new LoopbackServer().onRpcResult("debug_dbGet", p ->
                p.get(0).asText().equals(codeHash.toHex()) ? TextNode.valueOf(Hex.encode(code)) : null);
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            assertThat(new ExecutionFetcher(rpc).code(codeHash)).isEqualTo(code);
            assertThat(s.requests()).hasSize(2);
        }
    }

    @Test
    void proofsAndWitnesses() throws Exception {
        Address a = Address.fromHex("0x4200000000000000000000000000000000000016");
        try (LoopbackServer s = new LoopbackServer()
                .onRpcResult("eth_getProof", p -> {
                    ObjectNode r = LoopbackServer.JSON.createObjectNode();
                    r.putArray("accountProof").add("0xc0").add("0xc180");
                    ObjectNode sp = r.putArray("storageProof").addObject();
                    sp.put("key", "0x01");
                    sp.putArray("proof").add("0xc101");
                    return r;
                })
                .onRpcResult("debug_executePayload", p -> LoopbackServer.JSON.createObjectNode()
                        .<ObjectNode>set("state", LoopbackServer.JSON.createArrayNode().add("0xc0"))
                        .<ObjectNode>set("codes", LoopbackServer.JSON.createArrayNode().add("0x00"))
                        .set("keys", LoopbackServer.JSON.createArrayNode()))
                .onRpcResult("debug_executionWitness", p -> LoopbackServer.JSON.createObjectNode()
                        .<ObjectNode>set("state", LoopbackServer.JSON.createArrayNode().add("0xc1c0"))
                        .set("headers", LoopbackServer.JSON.createArrayNode().add(Hex.encode(header.encode()))));
             JsonRpcClient rpc = new JsonRpcClient(s.uri(), CFG)) {
            ExecutionFetcher f = new ExecutionFetcher(rpc);
            AccountProof proof = f.accountProof(a, List.of(Hash.leftPad(new byte[] {1})), 100);
            assertThat(proof.accountProof()).hasSize(2);
            assertThat(proof.storageProofs().get(0).key()).isEqualTo(Hash.leftPad(new byte[] {1}));
            assertThat(LoopbackServer.JSON.readTree(s.requests().get(0).body()).get("params").toString())
                    .isEqualTo("[\"" + a.toHex() + "\",[\"0x" + "00".repeat(31) + "01\"],\"0x64\"]");
            ExecutionWitness w = f.executePayload(header.parentHash(), LoopbackServer.JSON.createObjectNode().put("timestamp", "0x1"));
            assertThat(w.all()).hasSize(2);
            assertThat(LoopbackServer.JSON.readTree(s.requests().get(1).body()).get("params").toString())
                    .isEqualTo("[\"" + header.parentHash().toHex() + "\",{\"timestamp\":\"0x1\"}]");
            ExecutionWitness w2 = f.executionWitness(26207961);
            assertThat(w2.headers()).hasSize(1);
            assertThat(LoopbackServer.JSON.readTree(s.requests().get(2).body()).get("params").toString())
                    .isEqualTo("[\"0x18fe6d9\"]");
        }
    }
}
