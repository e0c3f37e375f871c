package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.rlp.RlpException;
import io.kona4j.primitives.rlp.RlpReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ordered list (transactions, receipts) back from its trie root through a provider, every node verified
 * against its hash: Kona's {@code OrderedListWalker::try_new_hydrated}. The keys must be exactly RLP(0) … RLP(n-1).
 */
public final class OrderedListWalker {
    /** More items than any block holds; bounds the list a crafted trie can make us build. */
    static final int MAX_ITEMS = 1 << 20;

    private OrderedListWalker() {}

    /** The list's items in index order; the empty-trie root gives an empty list. */
    public static List<byte[]> walk(Hash root, TrieProvider provider) {
        List<byte[]> byIndex = new ArrayList<>();
        int[] count = {0};
        Trie.open(root, provider).forEach((key, value) -> {
            int index = index(key, root);
            if (++count[0] > MAX_ITEMS) throw new MptException("ordered list " + root.toHex() + " has more than " + MAX_ITEMS + " items");
            while (byIndex.size() <= index) byIndex.add(null);
            if (byIndex.set(index, value) != null) throw new MptException("ordered list " + root.toHex() + " repeats index " + index);
        });
        for (int i = 0; i < byIndex.size(); i++) {
            if (byIndex.get(i) == null) {
                throw new MptException("ordered list " + root.toHex() + " has no item " + i + " but has item " + (byIndex.size() - 1));
            }
        }
        return byIndex;
    }

    private static int index(byte[] key, Hash root) {
        try {
            RlpReader r = RlpReader.of(key);
            int i = r.readInt();
            r.ensureDone();
            if (i >= MAX_ITEMS) throw new MptException("ordered list " + root.toHex() + " has index " + i + ", over " + MAX_ITEMS);
            return i;
        } catch (RlpException e) {
            throw new MptException("ordered list " + root.toHex() + " has key " + Hex.encode(key)
                    + " that is not an RLP index: " + e.getMessage());
        }
    }
}
