package io.kona4j.protocol.sysconfig;

import io.kona4j.protocol.ProtocolException;

/**
 * A {@code ConfigUpdate} log that cannot be parsed: wrong topic count, unknown version or update type, bad ABI
 * framing, trailing bytes, a value that does not fit. op-node and kona treat it as a critical derivation error
 * (PROTOCOL.md §6 item 5; the spec's "skip" is not followed).
 */
public class SystemConfigLogException extends ProtocolException {
    public SystemConfigLogException(String message) {
        super(message);
    }
}
