package io.kona4j.consensus.genesis;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.mpt.Trie;
import java.util.Map;

/**
 * The state a genesis allocation defines: the account trie, each account's storage trie and the contract codes by
 * hash, so a caller can serve them as a witness (every node is reachable through {@link Trie#collectNodes}). A
 * stateless genesis definition (one that gives only {@code stateHash}) has the root and nothing else.
 *
 * @param stateTrie {@code null} for a stateless definition
 */
public record GenesisState(Hash stateRoot, Trie stateTrie, Map<Address, Trie> storageTries, Map<Hash, byte[]> codes) {
    public GenesisState {
        storageTries = Map.copyOf(storageTries);
        codes = Map.copyOf(codes);
    }

    /** Whether the accounts are known (false when the definition gave only the state root). */
    public boolean hasAccounts() {
        return stateTrie != null;
    }
}
