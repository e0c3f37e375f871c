package io.kona4j.mpt;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.List;

/**
 * Tries of ordered lists, as a block header commits to its transactions, receipts and withdrawals: item {@code i}
 * is stored under the key RLP(i) with its encoding as the value (EIP-2718 bytes for typed transactions and receipts).
 */
public final class OrderedListTrie {
    private OrderedListTrie() {}

    /** The trie of {@code items}, e.g. to collect its nodes for a host. */
    public static Trie build(List<byte[]> items) {
        Trie t = Trie.empty();
        for (int i = 0; i < items.size(); i++) t.put(RlpWriter.encodeLong(i), items.get(i));
        return t;
    }

    /** The root of the trie of {@code items}: a header's transactionsRoot, receiptsRoot or withdrawalsRoot. */
    public static Hash root(List<byte[]> items) {
        return build(items).rootHash();
    }
}
