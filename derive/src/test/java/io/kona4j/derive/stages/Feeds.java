package io.kona4j.derive.stages;

import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.batch.Frame;
import java.util.ArrayDeque;
import java.util.Deque;

/** Scripted lower stages for stage tests: a queue of items, EOF when empty, and a settable L1 origin. */
final class Feeds {
    private Feeds() {}

    abstract static class Base<T> implements PipelineStage {
        final Deque<T> items = new ArrayDeque<>();
        BlockInfo origin;
        int signals;

        Base(BlockInfo origin) {
            this.origin = origin;
        }

        T take() {
            T t = items.pollFirst();
            if (t == null) throw PipelineException.eof();
            return t;
        }

        @Override
        public BlockInfo origin() {
            return origin;
        }

        @Override
        public void advanceOrigin() {
            origin = new BlockInfo(origin.hash(), origin.number() + 1, origin.parentHash(), origin.timestamp() + 12);
        }

        @Override
        public void signal(Signal signal) {
            signals++;
        }
    }

    static final class Frames extends Base<Frame> implements NextFrameProvider {
        Frames(BlockInfo origin) {
            super(origin);
        }

        @Override
        public Frame nextFrame() {
            return take();
        }
    }

    static final class Data extends Base<byte[]> implements FrameQueueProvider {
        Data(BlockInfo origin) {
            super(origin);
        }

        @Override
        public byte[] nextData() {
            return take();
        }
    }

    static final class Channels extends Base<byte[]> implements ChannelReaderProvider {
        Channels(BlockInfo origin) {
            super(origin);
        }

        @Override
        public byte[] nextData() {
            return take();
        }
    }
}
