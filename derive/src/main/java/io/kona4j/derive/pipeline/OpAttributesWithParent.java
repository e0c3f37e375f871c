package io.kona4j.derive.pipeline;

import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;

/**
 * Payload attributes ready to execute on {@code parent}, with the L1 block they were derived from and whether they
 * close their span batch (kona's {@code OpAttributesWithParent}).
 */
public record OpAttributesWithParent(OpPayloadAttributes attributes, L2BlockInfo parent, BlockInfo derivedFrom,
                                     boolean isLastInSpan) {}
