package io.kona4j.host;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long host run on stderr, one line per interval: preimages served and bytes (with rates), hints,
 * fetches made and failed, preimages stored, and the L2 blocks derived and executed when the client runs in this
 * process. {@code json} prints each line as one JSON object for machines. Runs on a daemon thread until closed, and
 * prints a final line then.
 */
public final class HostProgress implements AutoCloseable {
    private final HostStats stats;
    private final LongSupplier blocks;
    private final PrintStream out;
    private final boolean json;
    private final Thread thread;
    private volatile boolean closed;

    /** @param blocks the blocks derived and executed so far, or null when the client runs elsewhere */
    public HostProgress(HostStats stats, LongSupplier blocks, PrintStream out, boolean json, Duration interval) {
        this.stats = stats;
        this.blocks = blocks;
        this.out = out;
        this.json = json;
        this.thread = Thread.ofPlatform().daemon().name("kona4j-host-progress").start(() -> {
            long ms = Math.max(1, interval.toMillis());
            while (!closed) {
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    return;
                }
                if (!closed) out.println(line("progress"));
            }
        });
    }

    /** One report line; {@code event} is "progress" or "done". */
    public String line(String event) {
        double s = Math.max(stats.elapsedSeconds(), 1e-9);
        long served = stats.served();
        long bytes = stats.servedBytes();
        if (json) {
            return String.format(Locale.ROOT, "{\"event\":\"%s\",\"seconds\":%.3f,\"hints\":%d,\"served\":%d,"
                            + "\"servedBytes\":%d,\"servedPerSecond\":%.1f,\"fetches\":%d,\"fetchFailures\":%d,"
                            + "\"stored\":%d,\"storedBytes\":%d%s}", event, s, stats.hints(), served, bytes, served / s,
                    stats.fetches(), stats.fetchFailures(), stats.stored(), stats.storedBytes(),
                    blocks == null ? "" : ",\"blocks\":" + blocks.getAsLong());
        }
        return String.format(Locale.ROOT, "host %s %.1fs: served %d preimages (%.2f MiB, %.0f/s, %.2f MiB/s), %d hints, "
                        + "%d fetches (%d failed), stored %d preimages (%.2f MiB)%s", event, s, served, bytes / 1048576.0,
                served / s, bytes / 1048576.0 / s, stats.hints(), stats.fetches(), stats.fetchFailures(), stats.stored(),
                stats.storedBytes() / 1048576.0,
                blocks == null ? "" : String.format(Locale.ROOT, ", %d blocks derived+executed", blocks.getAsLong()));
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println(line("done"));
    }
}
