/** The {@code precompile} suite: go-ethereum and op-geth precompile input/output/gas vectors, failures included. */
package io.kona4j.conformance.precompile;
