/**
 * OP protocol types shared by derivation and execution: {@link io.kona4j.protocol.RollupConfig} with its hardfork
 * predicates, {@link io.kona4j.protocol.SystemConfig}, L1 chain blob schedules, block identities
 * ({@code BlockInfo}, {@code L2BlockInfo}) and the output root. Sub-packages hold the codecs.
 */
package io.kona4j.protocol;
