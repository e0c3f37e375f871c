package io.kona4j.preimage;

/** A {@link PreimageFetcher} has no preimage for the key (offline host with an incomplete store, a missing boot input). */
public final class KeyNotFoundException extends PreimageException {
    private final PreimageKey key;

    public KeyNotFoundException(PreimageKey key) {
        this(key, "no preimage for key " + key);
    }

    public KeyNotFoundException(PreimageKey key, String message) {
        super(message);
        this.key = key;
    }

    public PreimageKey key() {
        return key;
    }
}
