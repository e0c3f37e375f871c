package io.kona4j.host.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC 2.0 client for one node. Every call is bounded by its {@link RpcConfig}; the answer's {@code id} must
 * match, an {@code error} object becomes a {@link JsonRpcErrorException}, and anything that is not a JSON-RPC
 * response is a {@link MalformedResponseException}.
 */
public final class JsonRpcClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpTransport transport;
    private final AtomicLong ids = new AtomicLong();

    public JsonRpcClient(URI endpoint, RpcConfig config) {
        this.transport = new HttpTransport(endpoint, config);
    }

    public URI endpoint() {
        return transport.endpoint();
    }

    /**
     * Calls {@code method} with positional {@code params} (strings, numbers, booleans, lists, maps or
     * {@link JsonNode}s) and returns its {@code result}, which may be a JSON {@code null}.
     */
    public JsonNode call(String method, Object... params) {
        long id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", id);
        request.put("method", method);
        ArrayNode p = request.putArray("params");
        for (Object o : params) p.add(o == null ? JSON.nullNode() : JSON.<JsonNode>valueToTree(o));
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the params of " + method, e);
        }
        String url = transport.endpoint().toString();
        byte[] answer = transport.post(transport.endpoint(), body, method);
        JsonNode response;
        try {
            response = JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(url, method + ": " + url + " answered with malformed JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedResponseException(url, method + ": " + url + " answered with unreadable JSON", e);
        }
        if (response == null || !response.isObject()) {
            throw new MalformedResponseException(url, method + ": " + url + " answered with something other than a "
                    + "JSON-RPC response object");
        }
        JsonNode rid = response.get("id");
        if (rid == null || !rid.canConvertToLong() || rid.asLong() != id) {
            throw new MalformedResponseException(url, method + ": " + url + " answered request id " + id + " with id "
                    + rid);
        }
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            long code = error.path("code").asLong(0);
            String msg = error.path("message").asText("");
            throw new JsonRpcErrorException(url, method, code, msg);
        }
        JsonNode result = response.get("result");
        if (result == null) {
            throw new MalformedResponseException(url, method + ": " + url + " answered with neither result nor error");
        }
        return result;
    }

    @Override
    public void close() {
        transport.close();
    }
}
