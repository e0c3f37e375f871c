/** End-to-end proofs on devnet chains through every back end (native, server mode, offline, witness, online CLI). */
package io.kona4j.cli.e2e;
