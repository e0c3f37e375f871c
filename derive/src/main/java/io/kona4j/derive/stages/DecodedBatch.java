package io.kona4j.derive.stages;

import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;

/** A batch as the channel reader hands it up: singular, or a span batch derived against the rollup config. */
public sealed interface DecodedBatch {
    long timestamp();

    record Single(SingularBatch batch) implements DecodedBatch {
        @Override
        public long timestamp() {
            return batch.timestamp();
        }
    }

    record Span(SpanBatch batch) implements DecodedBatch {
        @Override
        public long timestamp() {
            return batch.startTimestamp();
        }
    }
}
