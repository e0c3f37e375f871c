/**
 * The L1 EVM interpreter: fork schedule, gas, precompile registry, journaled state over a small
 * {@code StateDb}, tracing hooks.
 */
package io.kona4j.evm;
