/** NIST P-256 (secp256r1) ECDSA verification behind the RIP-7212 P256VERIFY precompile, on Bouncy Castle. */
package io.kona4j.crypto.p256;
