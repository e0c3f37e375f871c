/** The {@code keyaddr} suite: secp256k1 keys, addresses and signatures against ethereum/tests BasicTests. */
package io.kona4j.conformance.keyaddr;
