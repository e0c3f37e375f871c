package io.kona4j.preimage;

/** Sends a hint to the host and waits for its acknowledgement (Kona's {@code HintWriterClient}). */
public interface HintWriterClient {
    /** Writes {@code hint} ({@code "<type> <data>"}) and returns once the host has acknowledged it. */
    void write(String hint);
}
