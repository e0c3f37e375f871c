package io.kona4j.devnet;

import io.kona4j.executor.db.TrieDB;
import io.kona4j.mpt.Trie;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The trie nodes a {@link TrieDB} holds after a block: its state trie and every opened storage trie. The executor
 * keeps them private (a stateless builder has no use for them), but a sequencer must keep the post-state: a slot
 * first written in a block whose account had empty storage is never read, hence never hinted, so the nodes cannot
 * be rebuilt from the hints alone. Read by reflection over the fields' names; a renamed field is a
 * {@link DevnetException} saying which.
 */
final class TrieDbNodes {
    private static final Field STATE_TRIE = field(TrieDB.class, "stateTrie");
    private static final Field ACCOUNTS = field(TrieDB.class, "accounts");

    private TrieDbNodes() {}

    static void collect(TrieDB db, Consumer<byte[]> sink) {
        try {
            ((Trie) STATE_TRIE.get(db)).collectNodes(sink);
            for (Object entry : ((Map<?, ?>) ACCOUNTS.get(db)).values()) {
                Field storage = field(entry.getClass(), "storage");
                Object t = storage.get(entry);
                if (t != null) ((Trie) t).collectNodes(sink);
            }
        } catch (IllegalAccessException e) {
            throw new DevnetException("cannot read the executor's tries: " + e.getMessage(), e);
        }
    }

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new DevnetException("the executor's TrieDB has no field '" + name + "' any more; the devnet keeps the "
                    + "post-state through it", e);
        }
    }
}
