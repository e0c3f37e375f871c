package io.kona4j.consensus.genesis;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.primitives.UInt256;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account of a genesis allocation.
 *
 * @param code owned by the record: do not modify
 * @param storage slot → value; zero values are allowed here and simply not stored in the trie
 */
public record GenesisAccount(long nonce, UInt256 balance, byte[] code, SortedMap<UInt256, UInt256> storage) {
    public GenesisAccount {
        if (balance == null || code == null || storage == null) {
            throw new ConsensusException("genesis account with a missing balance, code or storage");
        }
        storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
    }
}
