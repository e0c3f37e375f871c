package io.kona4j.host.fetch;

import io.kona4j.primitives.Hash;

import java.util.List;

/**
 * The trie nodes of {@code eth_getProof}: the account's path in the state trie and, per requested slot, its path in
 * the account's storage trie. Each node is self-authenticating: it is stored under its own keccak256.
 */
public record AccountProof(List<byte[]> accountProof, List<StorageProof> storageProofs) {
    public AccountProof {
        accountProof = List.copyOf(accountProof);
        storageProofs = List.copyOf(storageProofs);
    }

    /** One storage slot's proof. */
    public record StorageProof(Hash key, List<byte[]> proof) {
        public StorageProof {
            proof = List.copyOf(proof);
        }
    }
}
