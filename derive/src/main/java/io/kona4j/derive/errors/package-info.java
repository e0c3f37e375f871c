/**
 * The pipeline's typed errors (KONA-NOTES §2.3): a sealed family by severity — temporary (retry the step), reset
 * (re-anchor the pipeline on the safe head) and critical (stop) — each naming what went wrong.
 */
package io.kona4j.derive.errors;
