/**
 * In-process L1 and L2 chains, sequencer and batcher, served over loopback JSON-RPC.
 */
package io.kona4j.devnet;
