/** The BLAKE2b compression function F with an explicit round count, behind the EIP-152 precompile (0x09). */
package io.kona4j.crypto.blake2;
