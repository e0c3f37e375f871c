/**
 * OP fee rules on top of the EVM: the L1 data fee per fork ({@link io.kona4j.executor.fee.L1Cost} with the FastLZ
 * size estimate), the Isthmus operator fee, Jovian's DA footprint, and the L1Block storage they read.
 */
package io.kona4j.executor.fee;
