package io.kona4j.preimage;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A host's serving loop (Kona's {@code PreimageServer}): one thread answers preimage requests, one routes hints. It
 * runs until the client has closed both channels. Any other error (a missing key offline, a hint that cannot be
 * routed, a malformed key) stops both loops: the channels are closed, so the client sees end of stream instead of
 * hanging, and {@link #run()} throws that first error.
 */
public final class PreimageServer {
    private final OracleServer oracle;
    private final HintReader hints;
    private final PreimageFetcher fetcher;
    private final HintRouter router;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public PreimageServer(Channel preimageChannel, Channel hintChannel, PreimageFetcher fetcher, HintRouter router) {
        this(new OracleServer(preimageChannel), new HintReader(hintChannel), fetcher, router);
    }

    public PreimageServer(OracleServer oracle, HintReader hints, PreimageFetcher fetcher, HintRouter router) {
        this.oracle = oracle;
        this.hints = hints;
        this.fetcher = fetcher;
        this.router = router;
    }

    /** Serves until both channels are closed by the client, or throws the first error after closing them. */
    public void run() {
        Thread preimages = Thread.ofPlatform().daemon().name("preimage-server").start(
                () -> loop(() -> oracle.nextPreimageRequest(fetcher)));
        Thread hintLoop = Thread.ofPlatform().daemon().name("hint-server").start(
                () -> loop(() -> hints.nextHint(router)));
        try {
            preimages.join();
            hintLoop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeBoth();
            throw new ChannelClosedException("preimage server interrupted", e);
        }
        RuntimeException f = failure.get();
        if (f != null) throw f;
    }

    private void loop(Runnable step) {
        try {
            while (failure.get() == null) step.run();
        } catch (ChannelClosedException closed) {
            // the client is done with this channel: a clean end, unless the other loop already failed
        } catch (RuntimeException e) {
            if (failure.compareAndSet(null, e)) closeBoth();
        }
    }

    private void closeBoth() {
        oracle.channel().close();
        hints.channel().close();
    }
}
