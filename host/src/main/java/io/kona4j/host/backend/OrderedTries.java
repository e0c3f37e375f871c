package io.kona4j.host.backend;

import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;

import java.util.List;

/**
 * kona-host's {@code store_ordered_trie}: rebuild the trie of an ordered list (a block's transactions or receipts) and
 * store every node a client walking it from the root reads, each under its keccak256 key. The trie of an empty list
 * has no nodes, so its root's preimage {@code 0x80} (the empty string) is stored under the empty root.
 */
public final class OrderedTries {
    private static final byte[] EMPTY_STRING_RLP = {(byte) 0x80};

    private OrderedTries() {}

    /** Stores the nodes and returns the trie's root. */
    public static Hash store(KeyValueStore kv, List<byte[]> items) {
        if (items.isEmpty()) {
            kv.set(PreimageKey.keccak256(Hash.EMPTY_TRIE_ROOT), EMPTY_STRING_RLP);
            return Hash.EMPTY_TRIE_ROOT;
        }
        Trie trie = OrderedListTrie.build(items);
        trie.collectNodes(node -> kv.set(PreimageKey.keccak256Of(node), node));
        return trie.rootHash();
    }
}
