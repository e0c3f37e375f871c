package io.kona4j.primitives.rlp;

import io.kona4j.primitives.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A decoded RLP tree, for generic inspection; typed decoders read with {@link RlpReader} directly. */
public sealed interface RlpItem {
    /** Maximum nesting depth accepted by {@link #decode}: deeper input is rejected rather than overflowing the stack. */
    int MAX_DEPTH = 1024;

    record Str(byte[] bytes) implements RlpItem {
        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && Arrays.equals(bytes, s.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Hex.encode(bytes);
        }
    }

    record Lst(List<RlpItem> items) implements RlpItem {
        public Lst {
            items = List.copyOf(items);
        }
    }

    /** Decodes exactly one item spanning the whole input. */
    static RlpItem decode(byte[] data) {
        RlpReader r = RlpReader.of(data);
        RlpItem item = read(r, 0);
        r.ensureDone();
        return item;
    }

    private static RlpItem read(RlpReader r, int depth) {
        if (depth > MAX_DEPTH) throw new RlpException("RLP nesting deeper than " + MAX_DEPTH);
        if (!r.nextIsList()) return new Str(r.readBytes());
        RlpReader inner = r.readList();
        List<RlpItem> items = new ArrayList<>();
        while (inner.hasNext()) items.add(read(inner, depth + 1));
        return new Lst(items);
    }

    default byte[] encode() {
        RlpWriter w = new RlpWriter();
        write(this, w);
        return w.toByteArray();
    }

    private static void write(RlpItem item, RlpWriter w) {
        switch (item) {
            case Str s -> w.writeBytes(s.bytes());
            case Lst l -> {
                w.startList();
                for (RlpItem i : l.items()) write(i, w);
                w.endList();
            }
        }
    }
}
