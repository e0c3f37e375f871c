package io.kona4j.derive.pipeline;

import io.kona4j.derive.errors.PipelineException;

/** The outcome of one {@link DerivationPipeline#step} (kona's {@code StepResult}). */
public sealed interface StepResult {
    /** Attributes were prepared; take them with {@link DerivationPipeline#next()}. */
    record PreparedAttributes() implements StepResult {}

    /** The stages ran dry for the current L1 block and the origin moved to the next one. */
    record AdvancedOrigin() implements StepResult {}

    /** Moving the origin failed (a reorg or Holocene reset, the end of L1, a provider error). */
    record OriginAdvanceErr(PipelineException error) implements StepResult {}

    /** The step failed; temporary errors are retried by stepping again. */
    record StepFailed(PipelineException error) implements StepResult {}
}
