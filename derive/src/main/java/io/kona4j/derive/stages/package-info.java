/**
 * The derivation stages, one file each (KONA-NOTES §2.2), from L1 traversal up to the attributes queue, and the
 * one-method interfaces through which each pulls from the stage below. Plain blocking calls; errors are the typed
 * {@link io.kona4j.derive.errors.PipelineException} family.
 */
package io.kona4j.derive.stages;
