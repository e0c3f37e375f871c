/**
 * The {@code kona-executor} suite: kona's real OP Sepolia block fixtures, rebuilt by the stateless executor from
 * their witness stores (archives and extracted folders, singly and chained).
 */
package io.kona4j.conformance.executor;
