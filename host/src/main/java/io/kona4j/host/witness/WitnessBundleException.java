package io.kona4j.host.witness;

import io.kona4j.host.HostException;

/** A witness bundle that cannot be read or trusted; {@link #reason()} says which check failed. */
public final class WitnessBundleException extends HostException {
    /** Which check a bundle failed. */
    public enum Reason {
        /** Not a kona4j witness bundle (wrong magic). */
        NOT_A_BUNDLE,
        /** A format version this build does not read. */
        UNSUPPORTED_VERSION,
        /** The file ends inside the header, an entry or the digest. */
        TRUNCATED,
        /** A count or length over the format's limits. */
        LIMIT_EXCEEDED,
        /** A key that is not a typed preimage key, or keys out of strictly ascending order. */
        MALFORMED_ENTRY,
        /** A keccak256 or sha256 entry whose value does not hash to its key, or a precompile result that re-runs differently. */
        ENTRY_MISMATCH,
        /** The trailing sha256 digest does not match the bytes before it. */
        DIGEST_MISMATCH,
        /** Bytes after the digest. */
        TRAILING_DATA,
        /** The file could not be read or written. */
        IO
    }

    private final Reason reason;

    public WitnessBundleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WitnessBundleException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
