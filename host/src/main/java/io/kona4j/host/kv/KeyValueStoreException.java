package io.kona4j.host.kv;

import io.kona4j.host.HostException;

/** A store could not be opened, read or written. */
public final class KeyValueStoreException extends HostException {
    public KeyValueStoreException(String message) {
        super(message);
    }

    public KeyValueStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
