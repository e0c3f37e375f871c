package io.kona4j.proof;

import io.kona4j.consensus.Header;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

import java.util.ArrayList;
import java.util.List;

/** Builds small chains into a {@link TestOracle}: headers under their keccak keys, list tries node by node. */
public final class TestChains {
    private TestChains() {}

    /** Stores every node of the ordered-list trie of {@code items} and returns its root. */
    public static Hash putList(TestOracle oracle, List<byte[]> items) {
        Trie t = OrderedListTrie.build(items);
        t.collectNodes(oracle::putKeccak);
        return t.rootHash();
    }

    /** Stores {@code header}'s RLP under its hash and returns the hash. */
    public static Hash putHeader(TestOracle oracle, Header header) {
        return oracle.putKeccak(header.encode());
    }

    /**
     * An L1 chain of {@code count} blocks from {@code firstNumber}, 12 s apart from {@code firstTime}, with empty
     * bodies unless {@code bodies} gives transactions and receipts roots for a block index; headers stored.
     */
    public static List<Header> l1Chain(TestOracle oracle, long firstNumber, long firstTime, int count) {
        List<Header> out = new ArrayList<>(count);
        Hash parent = Hash.ZERO;
        for (int i = 0; i < count; i++) {
            Header h = Header.builder().parentHash(parent).number(firstNumber + i).timestamp(firstTime + 12L * i)
                    .gasLimit(30_000_000).baseFeePerGas(UInt256.valueOf(7)).excessBlobGas(0L).blobGasUsed(0L)
                    .withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).parentBeaconBlockRoot(Hash.ZERO).build();
            parent = putHeader(oracle, h);
            out.add(h);
        }
        return out;
    }
}
