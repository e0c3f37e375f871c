/**
 * The fault-proof program's preimage oracle ABI, byte-compatible with Kona and op-program: typed 32-byte
 * {@link io.kona4j.preimage.PreimageKey}s, the oracle and hint clients and servers with their framing
 * (PROTOCOL.md §4), and the channels they run over (FPVM file descriptors 3–6, OS pipes, in memory).
 */
package io.kona4j.preimage;
