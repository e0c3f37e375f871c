package io.kona4j.proof.client;

import io.kona4j.primitives.Hash;

/**
 * What one client run decided.
 *
 * @param verdict the outcome; {@link #exitCode()} is its exit code
 * @param claimedBlock the claimed L2 block number (-1 if the boot inputs could not be read)
 * @param safeHead the L2 block the derived output root is of (-1 if none was reached)
 * @param computedOutputRoot the output root derived for {@code safeHead}, or null
 * @param claimedOutputRoot the claimed output root, or null if unread
 * @param detail one line saying why
 * @param error the failure behind {@link Verdict#ERROR} or {@link Verdict#BUG}, else null
 */
public record ClientResult(Verdict verdict, long claimedBlock, long safeHead, Hash computedOutputRoot,
                           Hash claimedOutputRoot, String detail, Throwable error) {
    public int exitCode() {
        return verdict.exitCode();
    }

    @Override
    public String toString() {
        return verdict + ": " + detail;
    }
}
