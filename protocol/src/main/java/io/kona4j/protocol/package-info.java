/**
 * OP protocol types: rollup configs, hardforks and upgrade transactions, system config, L1 block info,
 * deposits, frames, channels, batches, compression, output roots.
 */
package io.kona4j.protocol;
