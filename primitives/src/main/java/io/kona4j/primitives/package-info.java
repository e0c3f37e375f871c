/**
 * Bytes, hex, 32-byte hashes, addresses, 256-bit unsigned integers, strict canonical RLP and Keccak-256:
 * the value types every other module speaks.
 */
package io.kona4j.primitives;
