/**
 * Kona's hint vocabulary: {@link io.kona4j.proof.hint.HintType} with its exact strings and data layouts, and the
 * {@link io.kona4j.proof.hint.Hint} wire form {@code "<type> 0x<lowercase hex data>"} (KONA-NOTES §2.9).
 */
package io.kona4j.proof.hint;
