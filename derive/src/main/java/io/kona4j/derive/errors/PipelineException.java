package io.kona4j.derive.errors;

/**
 * An error raised by a stage or a provider, by severity. Stages and providers throw these; anything else a provider
 * throws is treated as critical by the pipeline. {@link PipelineError#EOF} and {@link PipelineError#NOT_ENOUGH_DATA}
 * are control flow, so they carry no stack trace.
 */
public abstract sealed class PipelineException extends RuntimeException
        permits TemporaryException, ResetException, CriticalException {
    PipelineException(String message, Throwable cause, boolean trace) {
        super(message, cause, false, trace);
    }

    /** The step can be retried: more data may arrive, or a stage needs another pull. */
    public static TemporaryException temporary(PipelineError error, String detail) {
        return new TemporaryException(error, detail, null);
    }

    public static TemporaryException temporary(PipelineError error, String detail, Throwable cause) {
        return new TemporaryException(error, detail, cause);
    }

    public static CriticalException critical(PipelineError error, String detail) {
        return new CriticalException(error, detail, null);
    }

    public static CriticalException critical(PipelineError error, String detail, Throwable cause) {
        return new CriticalException(error, detail, cause);
    }

    public static ResetException reset(ResetReason reason, String detail) {
        return new ResetException(reason, detail);
    }

    /** The stage below has no more data for the current L1 origin. */
    public static TemporaryException eof() {
        return TemporaryException.EOF;
    }

    /** The stage made progress but has nothing to return yet: step again. */
    public static TemporaryException notEnoughData() {
        return TemporaryException.NOT_ENOUGH_DATA;
    }

    /** True for a temporary end-of-data. */
    public boolean isEof() {
        return this instanceof TemporaryException t && t.error() == PipelineError.EOF;
    }
}
