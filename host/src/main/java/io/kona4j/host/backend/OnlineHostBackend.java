package io.kona4j.host.backend;

import io.kona4j.host.HostException;
import io.kona4j.host.HostStats;
import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.PreimageFetcher;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintType;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * kona-host's online backend. A hint is parsed and remembered as the last hint, or, for a proactive type, fetched at
 * once. A preimage request is answered from the store; when the key is missing, the last hint is fetched again, in a
 * loop bounded by a {@link RefetchPolicy}, until the key appears. Giving up is a {@link PreimageUnavailableException}
 * naming the key, the hint and the last failure, never a wait without end.
 */
public final class OnlineHostBackend implements PreimageFetcher, HintRouter {
    private final KeyValueStore kv;
    private final KeyValueStore countingKv;
    private final HintHandler handler;
    private final Set<HintType> proactive;
    private final RefetchPolicy policy;
    private final HostStats stats;
    private final AtomicReference<Hint> lastHint = new AtomicReference<>();

    public OnlineHostBackend(KeyValueStore kv, HintHandler handler, Set<HintType> proactive, RefetchPolicy policy,
                             HostStats stats) {
        this.kv = kv;
        this.countingKv = new KeyValueStore() {
            @Override
            public byte[] get(PreimageKey key) {
                return kv.get(key);
            }

            @Override
            public void set(PreimageKey key, byte[] value) {
                kv.set(key, value);
                stats.preimageStored(value.length);
            }
        };
        this.handler = handler;
        this.proactive = proactive.isEmpty() ? EnumSet.noneOf(HintType.class) : EnumSet.copyOf(proactive);
        this.policy = policy;
        this.stats = stats;
    }

    @Override
    public void routeHint(String hint) {
        stats.hintReceived();
        Hint parsed = Hint.parse(hint);
        if (proactive.contains(parsed.type())) {
            fetch(parsed);
        } else {
            lastHint.set(parsed);
        }
    }

    @Override
    public byte[] getPreimage(PreimageKey key) {
        byte[] v = kv.get(key);
        if (v != null) return v;
        Hint hint = lastHint.get();
        if (hint == null) {
            throw new PreimageUnavailableException(key, "online host: no preimage for key " + key
                    + " and no hint was sent before it was requested", null);
        }
        long deadline = System.nanoTime() + policy.deadline().toNanos();
        RuntimeException lastFailure = null;
        int attempt = 0;
        for (; attempt < policy.maxAttempts() && System.nanoTime() - deadline < 0; attempt++) {
            try {
                fetch(hint);
                lastFailure = null;
            } catch (HostException | io.kona4j.proof.ProofException e) {
                lastFailure = e;
            }
            v = kv.get(key);
            if (v != null) return v;
            if (lastFailure != null && attempt + 1 < policy.maxAttempts()) sleep(policy.backoff(attempt));
        }
        String why = lastFailure == null
                ? "the hint's data did not contain it"
                : "the last fetch failed: " + lastFailure.getMessage();
        throw new PreimageUnavailableException(key, "online host: no preimage for key " + key + " after " + attempt
                + " fetch(es) of hint '" + describe(hint) + "' (limit " + policy.maxAttempts() + " within " + policy.deadline()
                + "); " + why, lastFailure);
    }

    /** The hint's wire form, cut after 200 characters (payload-witness hints carry whole JSON documents). */
    private static String describe(Hint hint) {
        String s = hint.encode();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private void fetch(Hint hint) {
        boolean ok = false;
        try {
            handler.fetchHint(hint, countingKv);
            ok = true;
        } finally {
            stats.fetched(ok);
        }
    }

    private static void sleep(java.time.Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException("interrupted while waiting to re-fetch a hint", e);
        }
    }
}
