package io.kona4j.devnet;

import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;

/** Reads a devnet's L2 state after a block straight from its trie nodes (test helper, no executor involved). */
final class L2State {
    private final Devnet devnet;
    private final Trie state;

    L2State(Devnet devnet, long block) {
        this.devnet = devnet;
        this.state = Trie.open(devnet.l2Block(block).header().stateRoot(), devnet.store());
    }

    TrieAccount account(Address a) {
        byte[] v = state.get(SecureTrie.accountKey(a));
        return v == null ? null : TrieAccount.decode(v);
    }

    Hash codeHash(Address a) {
        TrieAccount acc = account(a);
        return acc == null ? Hash.EMPTY_CODE_HASH : acc.codeHash();
    }

    byte[] code(Address a) {
        Hash h = codeHash(a);
        return h.equals(Hash.EMPTY_CODE_HASH) ? new byte[0] : devnet.store().bytecodeByHash(h);
    }

    UInt256 storage(Address a, UInt256 slot) {
        TrieAccount acc = account(a);
        if (acc == null || acc.storageRoot().equals(Hash.EMPTY_TRIE_ROOT)) return UInt256.ZERO;
        byte[] v = Trie.open(acc.storageRoot(), devnet.store()).get(SecureTrie.storageKey(slot));
        return v == null ? UInt256.ZERO : UInt256.fromBytes(RlpReader.of(v).readBytes());
    }

    UInt256 storage(Address a, long slot) {
        return storage(a, UInt256.valueOf(slot));
    }

    UInt256 storage(Address a, byte[] slot) {
        return storage(a, UInt256.fromBytes(slot));
    }
}
