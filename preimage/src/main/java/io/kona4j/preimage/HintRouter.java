package io.kona4j.preimage;

/** Where a host sends each hint a {@link HintReader} receives (Kona's {@code HintRouter}). */
public interface HintRouter {
    /** A router that ignores every hint: an offline host serving from a complete store. */
    HintRouter IGNORE = hint -> { };

    /** Acts on one hint string; throwing ends the serving loop after the client has been acknowledged. */
    void routeHint(String hint);
}
