package io.kona4j.host.rpc;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;

/** A client for a beacon node's REST API (HTTP GET, JSON answers), under the same limits as {@link JsonRpcClient}. */
public final class BeaconClient implements AutoCloseable {
    private final HttpTransport transport;
    private final String base;

    public BeaconClient(URI endpoint, RpcConfig config) {
        this.transport = new HttpTransport(endpoint, config);
        String s = endpoint.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public URI endpoint() {
        return transport.endpoint();
    }

    /** GETs {@code path} (e.g. {@code eth/v1/beacon/genesis}, with any query) and parses the JSON answer. */
    public JsonNode get(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        URI uri = URI.create(base + p);
        byte[] answer = transport.get(uri, "GET " + p);
        try {
            JsonNode n = JsonRpcClient.JSON.readTree(answer);
            if (n == null || !n.isObject()) {
                throw new MalformedResponseException(uri.toString(), "GET " + p + ": answer is not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new MalformedResponseException(uri.toString(), "GET " + p + ": " + uri + " answered with malformed JSON", e);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
