/**
 * The stateless OP block builder: {@link io.kona4j.executor.StatelessL2Builder} executes payload attributes over a
 * trie witness ({@code db}) with OP transaction rules and fees ({@code fee}), seals the header per fork
 * ({@link io.kona4j.executor.HeaderAssembler}) and computes output roots. Errors derive from
 * {@link io.kona4j.executor.ExecutorException}.
 */
package io.kona4j.executor;
