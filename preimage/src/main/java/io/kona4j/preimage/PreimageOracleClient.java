package io.kona4j.preimage;

/** The client's view of the preimage oracle (Kona's {@code PreimageOracleClient}). */
public interface PreimageOracleClient {
    /** The preimage of {@code key}. */
    byte[] get(PreimageKey key);

    /** Reads the preimage of {@code key} into {@code buffer}, whose length must equal the preimage's. */
    void getExact(PreimageKey key, byte[] buffer);
}
