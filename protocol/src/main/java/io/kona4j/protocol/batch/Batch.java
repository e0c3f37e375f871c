package io.kona4j.protocol.batch;

/**
 * A batch as read from a channel (PROTOCOL.md §1.8): {@code batch_type ‖ content}, type 0 a {@link SingularBatch},
 * type 1 a {@link RawSpanBatch} (a span batch before it is derived against the rollup's genesis and chain id).
 */
public sealed interface Batch permits SingularBatch, RawSpanBatch {
    int SINGULAR_BATCH_TYPE = 0x00;
    int SPAN_BATCH_TYPE = 0x01;

    /** The batch type byte. */
    int batchType();

    /** {@code batch_type ‖ content}: the payload of one RLP string in a channel. */
    byte[] encode();

    /**
     * Decodes {@code batch_type ‖ content}. Bytes after the content are ignored, as op-node's stream decoder does.
     * Throws {@link BatchFormatException} for an empty input, an unknown type or malformed content.
     */
    static Batch decode(byte[] data) {
        if (data.length == 0) throw new BatchFormatException("batch data is empty: no batch type byte");
        return switch (data[0]) {
            case SINGULAR_BATCH_TYPE -> SingularBatch.decode(data, 1);
            case SPAN_BATCH_TYPE -> RawSpanBatch.decode(data, 1);
            default -> throw new BatchFormatException(String.format("unknown batch type 0x%02x", data[0] & 0xff));
        };
    }
}
