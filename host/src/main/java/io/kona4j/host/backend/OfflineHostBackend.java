package io.kona4j.host.backend;

import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageFetcher;
import io.kona4j.preimage.PreimageKey;

/**
 * kona-host's offline backend: every preimage comes from the store, hints are ignored, and a key the store does not
 * hold is a {@link KeyNotFoundException} (which stops the server; the client sees its channel close).
 */
public final class OfflineHostBackend implements PreimageFetcher, HintRouter {
    private final KeyValueStore store;

    public OfflineHostBackend(KeyValueStore store) {
        this.store = store;
    }

    @Override
    public byte[] getPreimage(PreimageKey key) {
        byte[] v = store.get(key);
        if (v == null) throw new KeyNotFoundException(key, "offline host: the store has no preimage for key " + key);
        return v;
    }

    @Override
    public void routeHint(String hint) {
        // offline: everything the client may ask for is already in the store
    }
}
