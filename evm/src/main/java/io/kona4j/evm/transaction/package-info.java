/**
 * Ethereum transaction processing over the EVM, in reusable steps: validation, gas purchase, execution, refund,
 * coinbase payment ({@link io.kona4j.evm.transaction.L1TransactionProcessor}); EIP-4844 blob gas pricing.
 */
package io.kona4j.evm.transaction;
