package io.kona4j.host.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for tests: answers JSON-RPC by method or beacon GETs by path with
 * programmable behaviour, records every request, and is stopped by {@link #close()} (tests use try-with-resources).
 */
public final class LoopbackServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with one request. */
    public record Reply(int status, Map<String, String> headers, byte[] body, long delayMs, boolean stallAfterHalf) {
        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8), 0, false);
        }

        public Reply delayed(long ms) {
            return new Reply(status, headers, body, ms, stallAfterHalf);
        }

        public Reply stalling() {
            return new Reply(status, headers, body, delayMs, true);
        }

        public Reply withHeader(String k, String v) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(k, v);
            return new Reply(status, h, body, delayMs, stallAfterHalf);
        }
    }

    /** One received request. */
    public record Request(String method, String path, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<JsonNode, Reply>> rpcMethods = new ConcurrentHashMap<>();
    private final Map<String, Function<String, Reply>> getPaths = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile boolean closing;

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers JSON-RPC {@code method}: the function gets the request and returns a full reply. */
    public LoopbackServer onRpc(String method, Function<JsonNode, Reply> f) {
        rpcMethods.put(method, f);
        return this;
    }

    /** Answers JSON-RPC {@code method} with {@code result} (echoing the id). */
    public LoopbackServer onRpcResult(String method, Function<JsonNode, JsonNode> result) {
        return onRpc(method, req -> {
            ObjectNode resp = JSON.createObjectNode();
            resp.put("jsonrpc", "2.0");
            resp.set("id", req.get("id"));
            resp.set("result", result.apply(req.get("params")));
            return Reply.json(200, resp.toString());
        });
    }

    /** Answers GET requests whose path (with query) starts with {@code prefix}. */
    public LoopbackServer onGet(String prefix, Function<String, Reply> f) {
        getPaths.put(prefix, f);
        return this;
    }

    public List<Request> requests() {
        return requests;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().toString();
            requests.add(new Request(ex.getRequestMethod(), path, body));
            Reply reply;
            if ("POST".equals(ex.getRequestMethod())) {
                JsonNode req = JSON.readTree(body);
                Function<JsonNode, Reply> f = rpcMethods.get(req.path("method").asText());
                reply = f != null ? f.apply(req) : Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + req.get("id")
                        + ",\"error\":{\"code\":-32601,\"message\":\"the method " + req.path("method").asText()
                        + " does not exist/is not available\"}}");
            } else {
                reply = getPaths.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                        .max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                        .map(e -> e.getValue().apply(path))
                        .orElse(Reply.json(404, "{\"code\":404,\"message\":\"NOT_FOUND\"}"));
            }
            send(ex, reply);
        } catch (RuntimeException e) {
            send(ex, Reply.json(500, "{\"message\":\"" + e + "\"}"));
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    private void send(HttpExchange ex, Reply reply) throws IOException {
        if (reply.delayMs() > 0) pause(reply.delayMs());
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length == 0) return;
        OutputStream out = ex.getResponseBody();
        if (reply.stallAfterHalf()) {
            out.write(reply.body(), 0, reply.body().length / 2);
            out.flush();
            pause(10_000);
            return;
        }
        out.write(reply.body());
    }

    /** Sleeps at most {@code ms}, ending early when the server closes. */
    private void pause(long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (!closing && System.nanoTime() < end) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
