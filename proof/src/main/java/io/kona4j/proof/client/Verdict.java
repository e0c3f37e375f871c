package io.kona4j.proof.client;

/**
 * The client program's outcome and its exit code (Kona's {@code client_entry}: 0 ok, 1 any error including an invalid
 * claim, 2 a panic, here an internal bug).
 */
public enum Verdict {
    /** The claimed output root is the one derived (or the trace extends an agreed root). */
    VALID(0),
    /** The claim is wrong: another output root was derived, or the claimed block is before the agreed one. */
    INVALID(1),
    /** The claim could not be checked: the oracle failed or served data that does not authenticate, or derivation
     * failed on what it served. Never a verdict on the claim. */
    ERROR(1),
    /** An internal bug (an exception no module documents). */
    BUG(2);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
