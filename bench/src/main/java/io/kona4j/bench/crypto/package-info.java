/** JMH benchmarks of the precompiles and the curve code behind them (BLS/KZG ones live in {@code bench.bls}). */
package io.kona4j.bench.crypto;
