package io.kona4j.derive.errors;

/** An error derivation cannot recover from (missing data in a proof, broken invariants, end of the L1 source). */
public final class CriticalException extends PipelineException {
    private final PipelineError error;

    CriticalException(PipelineError error, String detail, Throwable cause) {
        super("critical: " + error.description() + ": " + detail, cause, true);
        this.error = error;
    }

    public PipelineError error() {
        return error;
    }
}
