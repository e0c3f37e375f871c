package io.kona4j.host.backend;

import io.kona4j.host.HostStats;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.PreimageFetcher;
import io.kona4j.preimage.PreimageKey;

import java.util.function.BiConsumer;

/**
 * A backend seen from the client's side: counts every hint and every preimage served, and passes each served
 * preimage to a recorder (the witness of the run), so that exactly what the client read can be exported.
 */
public final class ObservedBackend implements PreimageFetcher, HintRouter {
    private final PreimageFetcher fetcher;
    private final HintRouter router;
    private final HostStats stats;
    private final BiConsumer<PreimageKey, byte[]> recorder;

    /** @param recorder gets each served key and value (the array may not be modified); may be null */
    public ObservedBackend(PreimageFetcher fetcher, HintRouter router, HostStats stats,
                           BiConsumer<PreimageKey, byte[]> recorder) {
        this.fetcher = fetcher;
        this.router = router;
        this.stats = stats;
        this.recorder = recorder;
    }

    @Override
    public byte[] getPreimage(PreimageKey key) {
        byte[] v = fetcher.getPreimage(key);
        stats.preimageServed(v.length);
        if (recorder != null) recorder.accept(key, v);
        return v;
    }

    @Override
    public void routeHint(String hint) {
        stats.hintReceived();
        router.routeHint(hint);
    }
}
