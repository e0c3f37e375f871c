package io.kona4j.host.backend;

import io.kona4j.host.HostException;
import io.kona4j.preimage.PreimageKey;

/**
 * An online host gave up on a key: no hint had been sent, or re-fetching the last hint within the retry budget did
 * not produce the key. The message names the key, the hint and the last failure.
 */
public final class PreimageUnavailableException extends HostException {
    private final PreimageKey key;

    public PreimageUnavailableException(PreimageKey key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    public PreimageKey key() {
        return key;
    }
}
