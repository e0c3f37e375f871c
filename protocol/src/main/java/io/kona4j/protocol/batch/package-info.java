/**
 * Batcher wire formats (PROTOCOL.md §1.3–1.8), decode and encode: batcher transaction data and frames, channels and
 * their zlib/brotli compression, singular and span batches, the EIP-4844 blob codec. Every length read from the
 * wire is checked against the bytes actually present before anything is allocated.
 */
package io.kona4j.protocol.batch;
