package io.kona4j.derive.errors;

/** A retryable error: the step may succeed once more data is available. */
public final class TemporaryException extends PipelineException {
    static final TemporaryException EOF = new TemporaryException(PipelineError.EOF, "no more data for this L1 origin", null);
    static final TemporaryException NOT_ENOUGH_DATA =
            new TemporaryException(PipelineError.NOT_ENOUGH_DATA, "progress made, step again", null);

    private final PipelineError error;

    TemporaryException(PipelineError error, String detail, Throwable cause) {
        super("temporary: " + error.description() + ": " + detail, cause,
                error != PipelineError.EOF && error != PipelineError.NOT_ENOUGH_DATA);
        this.error = error;
    }

    public PipelineError error() {
        return error;
    }
}
