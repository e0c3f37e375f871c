/**
 * Real OP chains built in process (op-e2e style): an L1 with consistent headers, receipts and blobs, an L2 genesis
 * with the predeploys the protocol touches, a sequencer on kona4j's own executor, a batcher, a loopback JSON-RPC and
 * beacon server over both chains, and the prover that runs host and client against them.
 */
package io.kona4j.devnet;
