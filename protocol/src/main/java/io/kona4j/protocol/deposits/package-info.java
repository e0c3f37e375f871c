/**
 * Deposit transactions derived from L1: source hashes per domain, user deposits from the OptimismPortal's
 * {@code TransactionDeposited} logs, and the typed error for malformed deposit logs.
 */
package io.kona4j.protocol.deposits;
