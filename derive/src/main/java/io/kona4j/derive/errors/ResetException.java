package io.kona4j.derive.errors;

/** The pipeline must be reset to the L2 safe head (an L1 reorg, a Holocene activation, a broken invariant). */
public final class ResetException extends PipelineException {
    private final ResetReason reason;

    ResetException(ResetReason reason, String detail) {
        super("reset: " + reason.description() + ": " + detail, null, true);
        this.reason = reason;
    }

    public ResetReason reason() {
        return reason;
    }
}
