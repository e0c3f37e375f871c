/**
 * Tracing hooks of the interpreter: {@link io.kona4j.evm.tracing.OperationTracer} with its free
 * {@code NO_TRACING} default, and the EIP-3155 JSON-lines {@link io.kona4j.evm.tracing.StandardJsonTracer}.
 */
package io.kona4j.evm.tracing;
