/**
 * The EVM: {@link io.kona4j.evm.Evm} runs a {@link io.kona4j.evm.Message} under a {@link io.kona4j.evm.SpecId}
 * in a {@link io.kona4j.evm.BlockEnv} over an {@link io.kona4j.evm.state.StateDb} and returns an
 * {@link io.kona4j.evm.ExecutionResult}.
 *
 * <p>How to drive it (the OP executor does this): build one {@code JournaledState} per block over a
 * {@code StateSource} backed by the trie witness and one {@code Evm(spec, chainId)}; per transaction validate and
 * buy gas ({@code L1TransactionProcessor.validate / buyGas}, or your own deposit/L1-fee logic), call
 * {@code transact}, refund unused gas and pay fees ({@code refundGas}, {@code payCoinbase}), then
 * {@code state.finalizeTransaction(true)}. System calls: {@link io.kona4j.evm.Evm#systemCall}. At the end of
 * the block write {@code JournaledState.changes()} into the trie. Use a thread with a large stack
 * ({@link io.kona4j.evm.Evm#newThread}).
 */
package io.kona4j.evm;
