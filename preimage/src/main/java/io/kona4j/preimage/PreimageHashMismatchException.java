package io.kona4j.preimage;

/** The oracle answered a keccak256 or sha256 key with bytes that do not hash to it: the host is lying or broken. */
public final class PreimageHashMismatchException extends PreimageException {
    private final PreimageKey key;

    public PreimageHashMismatchException(PreimageKey key, String message) {
        super(message);
        this.key = key;
    }

    public PreimageKey key() {
        return key;
    }
}
