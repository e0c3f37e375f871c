/**
 * Witness bundles: every preimage one run served, in one self-describing, hash-checked file, from which a claim
 * replays with no host (hints dropped, the zkVM/TEE pattern).
 */
package io.kona4j.host.witness;
