package io.kona4j.host.backend;

import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.proof.hint.Hint;

/**
 * Fetches what one hint names from the host's data sources and stores every preimage it yields under its typed key
 * (kona-host's {@code HintHandler}). A handler checks what it fetches; anything it cannot fetch or check is thrown.
 */
public interface HintHandler {
    void fetchHint(Hint hint, KeyValueStore kv);
}
