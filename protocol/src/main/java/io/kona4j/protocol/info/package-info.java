/**
 * The L1 attributes ("L1-info") deposit that opens every L2 block: {@link io.kona4j.protocol.info.L1BlockInfo} in
 * its Bedrock, Ecotone, Isthmus and Jovian calldata layouts, and the deposit transaction carrying it.
 */
package io.kona4j.protocol.info;
