package io.kona4j.host.rpc;

/** The node answered with a JSON-RPC error object (unknown method, bad params, missing data). Not retried. */
public final class JsonRpcErrorException extends RpcException {
    private final long code;
    private final String rpcMessage;

    public JsonRpcErrorException(String endpoint, String method, long code, String rpcMessage) {
        super(endpoint, method + " failed on " + endpoint + ": JSON-RPC error " + code + ": " + rpcMessage, null);
        this.code = code;
        this.rpcMessage = rpcMessage;
    }

    public long code() {
        return code;
    }

    public String rpcMessage() {
        return rpcMessage;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
