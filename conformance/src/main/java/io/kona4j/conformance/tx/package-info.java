/** The {@code tx} suite: transaction decoding, hashing, sender recovery, intrinsic gas and validity rules. */
package io.kona4j.conformance.tx;
