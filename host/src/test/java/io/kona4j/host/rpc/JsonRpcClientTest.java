package io.kona4j.host.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kona4j.host.rpc.LoopbackServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault of a JSON-RPC endpoint gives its own error, within the time the config bounds it to. */
@Timeout(60)
class JsonRpcClientTest {
    /** Short timeouts so the fault tests run fast; the bounds asserted follow from these. */
    private static final RpcConfig FAST = RpcConfig.defaults().withRequestTimeout(Duration.ofMillis(300))
            .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100));

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aCallIsAJsonRpc20RequestAndReturnsTheResult() throws Exception {
        try (LoopbackServer s = new LoopbackServer().onRpcResult("eth_chainId", p -> TextNode.valueOf("0xa"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            assertThat(c.call("eth_chainId", "0x01", true, 5L).asText()).isEqualTo("0xa");
            JsonNode sent = LoopbackServer.JSON.readTree(s.requests().get(0).body());
            assertThat(sent.toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[\"0x01\",true,5]}");
            assertThat(c.call("eth_chainId").asText()).isEqualTo("0xa");
            assertThat(LoopbackServer.JSON.readTree(s.requests().get(1).body()).get("id").asLong()).isEqualTo(2);
        }
    }

    @Test
    void aNullResultIsReturnedAsJsonNull() throws Exception {
        try (LoopbackServer s = new LoopbackServer().onRpcResult("eth_getBlockByHash", p -> null);
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            assertThat(c.call("eth_getBlockByHash", "0x00", true).isNull()).isTrue();
        }
    }

    @Test
    void aSlowEndpointTimesOutWithinItsBound() throws Exception {
        try (LoopbackServer s = new LoopbackServer().onRpc("slow", r -> Reply.json(200, "{}").delayed(5_000));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.call("slow")).isInstanceOfSatisfying(RpcTimeoutException.class, e -> {
                assertThat(e.attempts()).isEqualTo(3);
                assertThat(e).hasMessageContaining("gave up after 3 attempt(s)");
            });
            assertThat(millisSince(start)).isLessThan(FAST.worstCaseDuration().toMillis() + 1_000);
            assertThat(s.requests()).hasSize(3);
        }
    }

    @Test
    void anEndpointThatStallsMidBodyTimesOut() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"" + "ab".repeat(5000) + "\"}";
        try (LoopbackServer s = new LoopbackServer().onRpc("stall", r -> Reply.json(200, body).stalling());
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST.withRetries(1, Duration.ZERO, Duration.ZERO))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.call("stall")).isInstanceOf(RpcTimeoutException.class);
            assertThat(millisSince(start)).isLessThan(1_500);
        }
    }

    @Test
    void http429IsRetriedHonouringRetryAfterThenReported() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (LoopbackServer s = new LoopbackServer()
                .onRpc("flaky", r -> n.incrementAndGet() == 1
                        ? Reply.json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "0")
                        : Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + r.get("id") + ",\"result\":\"0x1\"}"))
                .onRpc("limited", r -> Reply.json(429, "too many requests"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            assertThat(c.call("flaky").asText()).isEqualTo("0x1");
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.call("limited")).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e).hasMessageContaining("HTTP 429").hasMessageContaining("too many requests"));
            assertThat(millisSince(start)).isLessThan(FAST.worstCaseDuration().toMillis() + 1_000);
        }
    }

    @Test
    void http5xxIsRetriedAnd4xxIsNot() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (LoopbackServer s = new LoopbackServer()
                .onRpc("once500", r -> n.incrementAndGet() == 1 ? Reply.json(500, "boom")
                        : Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + r.get("id") + ",\"result\":7}"))
                .onRpc("always503", r -> Reply.json(503, "unavailable"))
                .onRpc("forbidden", r -> Reply.json(403, "no"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            assertThat(c.call("once500").asInt()).isEqualTo(7);
            assertThatThrownBy(() -> c.call("always503")).isInstanceOfSatisfying(HttpStatusException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.attempts()).isEqualTo(3);
            });
            int before = s.requests().size();
            assertThatThrownBy(() -> c.call("forbidden")).isInstanceOfSatisfying(HttpStatusException.class, e -> {
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.attempts()).isEqualTo(1);
            });
            assertThat(s.requests().size() - before).isEqualTo(1);
        }
    }

    @Test
    void malformedJsonWrongIdsAndMissingResultsAreMalformedResponses() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onRpc("garbage", r -> Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":"))
                .onRpc("html", r -> Reply.json(200, "<html>bad gateway</html>"))
                .onRpc("array", r -> Reply.json(200, "[1,2]"))
                .onRpc("wrongId", r -> Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":1}"))
                .onRpc("empty", r -> Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + r.get("id") + "}"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            for (String m : List.of("garbage", "html", "array", "wrongId", "empty")) {
                int before = s.requests().size();
                assertThatThrownBy(() -> c.call(m)).as(m).isInstanceOf(MalformedResponseException.class);
                assertThat(s.requests().size() - before).as("%s is not retried", m).isEqualTo(1);
            }
        }
    }

    @Test
    void aJsonRpcErrorObjectIsTypedAndNotRetried() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onRpc("bad", r -> Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + r.get("id")
                        + ",\"error\":{\"code\":-32602,\"message\":\"invalid argument 0\"}}"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST)) {
            assertThatThrownBy(() -> c.call("bad")).isInstanceOfSatisfying(JsonRpcErrorException.class, e -> {
                assertThat(e.code()).isEqualTo(-32602);
                assertThat(e.rpcMessage()).isEqualTo("invalid argument 0");
            });
            assertThatThrownBy(() -> c.call("debug_nothing")).isInstanceOfSatisfying(JsonRpcErrorException.class,
                    e -> assertThat(e.code()).isEqualTo(-32601));
            assertThat(s.requests()).hasSize(2);
        }
    }

    @Test
    void aDeadEndpointIsUnavailableWithinItsBound() throws Exception {
        java.net.URI dead;
        try (LoopbackServer s = new LoopbackServer()) {
            dead = s.uri();
        }
        try (JsonRpcClient c = new JsonRpcClient(dead, FAST)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.call("eth_chainId")).isInstanceOfSatisfying(EndpointUnavailableException.class,
                    e -> assertThat(e).hasMessageContaining("cannot connect").hasMessageContaining(dead.toString()));
            assertThat(millisSince(start)).isLessThan(FAST.worstCaseDuration().toMillis() + 1_000);
        }
    }

    @Test
    void theRetryBudgetStopsRetryStormsAgainstAFailingEndpoint() throws Exception {
        RpcConfig cfg = FAST.withRetries(5, Duration.ofMillis(1), Duration.ofMillis(5)).withRetryBudget(2, 0.0);
        try (LoopbackServer s = new LoopbackServer().onRpc("down", r -> Reply.json(502, "bad gateway"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), cfg)) {
            assertThatThrownBy(() -> c.call("down")).isInstanceOfSatisfying(HttpStatusException.class, e -> {
                assertThat(e.attempts()).isEqualTo(3);
                assertThat(e).hasMessageContaining("retry budget");
            });
            assertThatThrownBy(() -> c.call("down")).isInstanceOfSatisfying(HttpStatusException.class,
                    e -> assertThat(e.attempts()).isEqualTo(1));
            assertThat(s.requests()).hasSize(4);
        }
    }

    @Test
    void anOversizedAnswerIsRejectedNotBuffered() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"" + "00".repeat(10_000) + "\"}";
        try (LoopbackServer s = new LoopbackServer().onRpc("big", r -> Reply.json(200, big));
             JsonRpcClient c = new JsonRpcClient(s.uri(), FAST.withMaxResponseBytes(4096))) {
            assertThatThrownBy(() -> c.call("big")).isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("4096");
        }
    }

    @Test
    void concurrencyIsBoundedAndTheRateLimited() throws Exception {
        RpcConfig cfg = RpcConfig.defaults().withConcurrency(2, 0);
        try (LoopbackServer s = new LoopbackServer().onRpc("work", r ->
                Reply.json(200, "{\"jsonrpc\":\"2.0\",\"id\":" + r.get("id") + ",\"result\":1}").delayed(100));
             JsonRpcClient c = new JsonRpcClient(s.uri(), cfg)) {
            List<Thread> ts = new ArrayList<>();
            for (int i = 0; i < 8; i++) ts.add(Thread.ofPlatform().start(() -> c.call("work")));
            for (Thread t : ts) t.join(20_000);
            assertThat(s.requests()).hasSize(8);
            assertThat(s.maxInFlight()).isLessThanOrEqualTo(2);
        }
        try (LoopbackServer s = new LoopbackServer().onRpcResult("tick", p -> TextNode.valueOf("ok"));
             JsonRpcClient c = new JsonRpcClient(s.uri(), RpcConfig.defaults().withConcurrency(4, 20))) {
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) c.call("tick");
            // six starts at 20 per second are at least five 50 ms intervals apart
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(240);
        }
    }
}
