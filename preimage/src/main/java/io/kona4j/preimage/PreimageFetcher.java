package io.kona4j.preimage;

/** The host's source of preimages behind an {@link OracleServer} (Kona's {@code PreimageFetcher}). */
public interface PreimageFetcher {
    /** The preimage of {@code key}; a missing one is a {@link KeyNotFoundException}. */
    byte[] getPreimage(PreimageKey key);
}
