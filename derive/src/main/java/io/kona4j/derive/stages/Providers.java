package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import java.util.function.Supplier;

/** Calls into providers: typed pipeline errors pass through, anything else becomes a critical provider error. */
final class Providers {
    private Providers() {}

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (PipelineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PipelineException.critical(PipelineError.PROVIDER, what + ": " + e.getMessage(), e);
        }
    }
}
