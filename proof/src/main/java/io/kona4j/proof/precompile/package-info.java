/**
 * Precompiles the host runs for the client through the oracle ({@code l1-precompile} hint and precompile-type key),
 * as Kona's FPVM-accelerated precompiles: {@link io.kona4j.proof.precompile.FpvmPrecompiles} per fork.
 */
package io.kona4j.proof.precompile;
