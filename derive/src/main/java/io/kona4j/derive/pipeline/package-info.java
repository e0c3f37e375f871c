/** The assembled pipeline: {@code PipelineBuilder} wires the stages, {@code DerivationPipeline} steps them. */
package io.kona4j.derive.pipeline;
