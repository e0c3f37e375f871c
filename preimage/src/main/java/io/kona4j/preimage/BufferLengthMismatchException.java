package io.kona4j.preimage;

/** {@code getExact} was told a preimage length other than the caller's buffer (Kona's {@code BufferLengthMismatch}). */
public final class BufferLengthMismatchException extends PreimageException {
    private final long actual;
    private final int expected;

    public BufferLengthMismatchException(PreimageKey key, long actual, int expected) {
        super("preimage for key " + key + " is " + actual + " bytes, the caller expected exactly " + expected);
        this.actual = actual;
        this.expected = expected;
    }

    public long actual() {
        return actual;
    }

    public int expected() {
        return expected;
    }
}
