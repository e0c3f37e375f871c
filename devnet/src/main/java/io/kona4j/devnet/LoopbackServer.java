package io.kona4j.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.json.BlockJson;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The devnet's chains over HTTP on 127.0.0.1 (an ephemeral port), answering the JSON-RPC and beacon-API calls a
 * kona-style host makes: {@code /l1} ({@code debug_getRawHeader}, {@code eth_getBlockByHash},
 * {@code debug_getRawReceipts}), {@code /l2} (the same plus {@code eth_getProof}, {@code debug_dbGet},
 * {@code debug_executePayload}, {@code debug_executionWitness}, {@code optimism_outputAtBlock}) and {@code /beacon}
 * ({@code eth/v1/config/spec}, {@code eth/v1/beacon/genesis}, {@code eth/v1/beacon/blob_sidecars/<slot>}).
 */
public final class LoopbackServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Devnet devnet;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();

    private LoopbackServer(Devnet devnet) throws IOException {
        this.devnet = devnet;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/l1", ex -> rpc(ex, true));
        server.createContext("/l2", ex -> rpc(ex, false));
        server.createContext("/beacon", this::beacon);
        server.start();
    }

    /** Starts serving {@code devnet}. */
    public static LoopbackServer start(Devnet devnet) {
        try {
            return new LoopbackServer(devnet);
        } catch (IOException e) {
            throw new DevnetException("cannot open a loopback HTTP server: " + e.getMessage(), e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI l1Uri() {
        return URI.create(base() + "/l1");
    }

    public URI l2Uri() {
        return URI.create(base() + "/l2");
    }

    public URI beaconUri() {
        return URI.create(base() + "/beacon/");
    }

    /** HTTP requests answered so far. */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- JSON-RPC

    private void rpc(HttpExchange ex, boolean l1) throws IOException {
        requests.incrementAndGet();
        JsonNode req;
        try {
            req = JSON.readTree(ex.getRequestBody());
        } catch (IOException e) {
            send(ex, 400, error(F.nullNode(), -32700, "parse error: " + e.getMessage()));
            return;
        }
        if (req.isArray()) {
            ArrayNode out = F.arrayNode();
            for (JsonNode r : req) out.add(answer(r, l1));
            send(ex, 200, out);
        } else {
            send(ex, 200, answer(req, l1));
        }
    }

    private ObjectNode answer(JsonNode req, boolean l1) {
        JsonNode id = req.path("id");
        String method = req.path("method").asText("");
        JsonNode p = req.path("params");
        try {
            JsonNode result = l1 ? l1Method(method, p) : l2Method(method, p);
            if (result == null) return error(id, -32601, "the devnet does not serve " + method + " on "
                    + (l1 ? "L1" : "L2"));
            ObjectNode o = F.objectNode();
            o.put("jsonrpc", "2.0");
            o.set("id", id);
            o.set("result", result);
            return o;
        } catch (DevnetException | io.kona4j.primitives.PrimitivesException | IllegalArgumentException e) {
            return error(id, -32000, e.getMessage());
        }
    }

    private JsonNode l1Method(String method, JsonNode p) {
        return switch (method) {
            case "debug_getRawHeader" -> {
                L1BlockData b = devnet.l1Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : F.textNode(Hex.encode(b.header().encode()));
            }
            case "eth_getBlockByHash" -> {
                L1BlockData b = devnet.l1Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : block(b.block());
            }
            case "debug_getRawReceipts" -> {
                L1BlockData b = devnet.l1Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : receipts(b.receipts());
            }
            case "eth_chainId" -> F.textNode("0x" + Long.toHexString(devnet.l1Config().chainId()));
            default -> null;
        };
    }

    private JsonNode l2Method(String method, JsonNode p) {
        return switch (method) {
            case "debug_getRawHeader" -> {
                L2BlockData b = devnet.l2Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : F.textNode(Hex.encode(b.header().encode()));
            }
            case "eth_getBlockByHash" -> {
                L2BlockData b = devnet.l2Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : block(b.block());
            }
            case "debug_getRawReceipts" -> {
                L2BlockData b = devnet.l2Block(Hash.fromHex(p.path(0).asText()));
                yield b == null ? F.nullNode() : receipts(b.receipts());
            }
            case "eth_getProof" -> proof(p);
            case "debug_dbGet" -> dbGet(p.path(0).asText());
            case "debug_executePayload" -> {
                Hash parent = Hash.fromHex(p.path(0).asText());
                L2BlockData child = childOf(parent);
                yield child == null ? null : witness(child);
            }
            case "debug_executionWitness" -> {
                long n = quantity(p.path(0));
                yield n < 1 || n >= devnet.l2Blocks().size() ? null : witness(devnet.l2Block(n));
            }
            case "optimism_outputAtBlock" -> {
                L2BlockData b = devnet.l2Block(quantity(p.path(0)));
                ObjectNode o = F.objectNode();
                o.put("version", Hash.ZERO.toHex());
                o.put("outputRoot", b.outputRoot().toHex());
                o.put("stateRoot", b.header().stateRoot().toHex());
                o.put("withdrawalStorageRoot", b.messagePasserStorageRoot().toHex());
                o.put("blockHash", b.hash().toHex());
                yield o;
            }
            case "eth_chainId" -> F.textNode("0x" + Long.toHexString(devnet.rollupConfig().l2ChainId()));
            default -> null;
        };
    }

    private L2BlockData childOf(Hash parent) {
        L2BlockData p = devnet.l2Block(parent);
        if (p == null || p.number() + 1 >= devnet.l2Blocks().size()) return null;
        return devnet.l2Block(p.number() + 1);
    }

    private static long quantity(JsonNode n) {
        String s = n.asText();
        if (s.startsWith("0x")) return Long.parseLong(s.substring(2), 16);
        throw new IllegalArgumentException("not a hex quantity: " + n);
    }

    private JsonNode proof(JsonNode p) {
        Address address = Address.fromHex(p.path(0).asText());
        JsonNode blockId = p.path(2);
        L2BlockData b = blockId.isObject() ? devnet.l2Block(Hash.fromHex(blockId.path("blockHash").asText()))
                : devnet.l2Block(quantity(blockId));
        if (b == null) throw new DevnetException("no devnet L2 block " + blockId);
        Trie state = Trie.open(b.header().stateRoot(), devnet.store());
        byte[] key = SecureTrie.accountKey(address);
        ObjectNode o = F.objectNode();
        o.put("address", address.toHex());
        o.set("accountProof", nodes(state.proof(key)));
        byte[] acct = state.get(key);
        TrieAccount a = acct == null ? TrieAccount.EMPTY : TrieAccount.decode(acct);
        o.put("storageHash", a.storageRoot().toHex());
        ArrayNode sps = F.arrayNode();
        Trie storage = Trie.open(a.storageRoot(), devnet.store());
        for (JsonNode s : p.path(1)) {
            UInt256 slot = UInt256.fromBytes(Hex.decode(s.asText()));
            ObjectNode sp = F.objectNode();
            sp.put("key", Hash.wrap(slot.toBytes32()).toHex());
            sp.set("proof", a.storageRoot().equals(Hash.EMPTY_TRIE_ROOT) ? F.arrayNode()
                    : nodes(storage.proof(SecureTrie.storageKey(slot))));
            sps.add(sp);
        }
        o.set("storageProof", sps);
        return o;
    }

    private JsonNode dbGet(String keyHex) {
        byte[] key = Hex.decode(keyHex);
        byte[] v;
        if (key.length == 33 && key[0] == 'c') {
            v = devnet.store().bytecodeByHash(Hash.wrap(java.util.Arrays.copyOfRange(key, 1, 33)));
        } else if (key.length == 32) {
            Hash h = Hash.wrap(key);
            v = devnet.store().trieNodeByHash(h);
            if (v == null) v = devnet.store().bytecodeByHash(h);
        } else {
            throw new IllegalArgumentException("debug_dbGet key of " + key.length + " bytes");
        }
        return v == null ? F.nullNode() : F.textNode(Hex.encode(v));
    }

    private static JsonNode witness(L2BlockData b) {
        ObjectNode o = F.objectNode();
        o.set("state", nodes(b.witnessNodes()));
        o.set("codes", nodes(b.witnessCodes()));
        o.set("keys", F.arrayNode());
        return o;
    }

    private static ArrayNode nodes(List<byte[]> list) {
        ArrayNode a = F.arrayNode();
        for (byte[] n : list) a.add(Hex.encode(n));
        return a;
    }

    private static JsonNode block(Block b) {
        try {
            return JSON.readTree(BlockJson.toJson(b));
        } catch (IOException e) {
            throw new DevnetException("block JSON does not parse back: " + e.getMessage(), e);
        }
    }

    private static JsonNode receipts(List<Receipt> rs) {
        ArrayNode a = F.arrayNode();
        for (Receipt r : rs) a.add(Hex.encode(r.encode()));
        return a;
    }

    private static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode o = F.objectNode();
        o.put("jsonrpc", "2.0");
        o.set("id", id);
        ObjectNode e = o.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return o;
    }

    // ---------------------------------------------------------------- beacon

    private void beacon(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath().replaceFirst("^/beacon/?", "");
        ObjectNode o = F.objectNode();
        if (path.equals("eth/v1/config/spec")) {
            o.putObject("data").put("SECONDS_PER_SLOT", Long.toString(DevnetConfig.L1_BLOCK_TIME));
        } else if (path.equals("eth/v1/beacon/genesis")) {
            o.putObject("data").put("genesis_time", Long.toString(devnet.l1Blocks().get(0).header().timestamp()));
        } else if (path.startsWith("eth/v1/beacon/blob_sidecars/")) {
            long slot = Long.parseLong(path.substring("eth/v1/beacon/blob_sidecars/".length()));
            long time = devnet.l1Blocks().get(0).header().timestamp() + slot * DevnetConfig.L1_BLOCK_TIME;
            ArrayNode data = o.putArray("data");
            for (L1BlockData b : devnet.l1Blocks()) {
                if (b.header().timestamp() != time) continue;
                for (L1BlockData.Blob blob : b.blobs()) {
                    ObjectNode s = data.addObject();
                    s.put("index", Long.toString(blob.index()));
                    s.put("blob", Hex.encode(blob.blob()));
                    s.put("kzg_commitment", Hex.encode(blob.commitment()));
                    s.put("kzg_proof", Hex.encode(blob.proof()));
                }
            }
        } else {
            send(ex, 404, error(F.nullNode(), 404, "the devnet beacon API does not serve " + path));
            return;
        }
        send(ex, 200, o);
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }
}
