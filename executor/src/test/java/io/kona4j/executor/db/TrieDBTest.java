package io.kona4j.executor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Header;
import io.kona4j.mpt.InMemoryTrieProvider;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrieDBTest {
    /** A witness: every node of the tries built here, plus code and headers, by hash. */
    static final class Witness implements TrieDBProvider {
        final InMemoryTrieProvider nodes = new InMemoryTrieProvider();
        final Map<Hash, byte[]> other = new HashMap<>();
        final List<Hash> asked = new ArrayList<>();

        @Override
        public byte[] trieNodeByHash(Hash hash) {
            asked.add(hash);
            return nodes.trieNodeByHash(hash);
        }

        @Override
        public byte[] bytecodeByHash(Hash codeHash) {
            return other.get(codeHash);
        }

        @Override
        public byte[] headerByHash(Hash blockHash) {
            return other.get(blockHash);
        }
    }

    static Address addr(int i) {
        byte[] b = new byte[20];
        b[19] = (byte) i;
        b[0] = (byte) 0x42;
        return Address.of(b);
    }

    /** Builds a state of {@code n} accounts; account i has i wei, nonce i and slots 1..i set to 100+j. */
    static Hash buildState(int n, Witness w, Map<Address, TrieAccount> out) {
        SecureTrie state = SecureTrie.empty();
        for (int i = 1; i <= n; i++) {
            SecureTrie storage = SecureTrie.empty();
            for (int j = 1; j <= i; j++) {
                storage.trie().put(SecureTrie.storageKey(UInt256.valueOf(j)), SecureTrie.storageValue(UInt256.valueOf(100 + j)));
            }
            storage.trie().collectNodes(w.nodes::put);
            TrieAccount a = new TrieAccount(i, UInt256.valueOf(i), storage.rootHash(), Hash.EMPTY_CODE_HASH);
            state.trie().put(SecureTrie.accountKey(addr(i)), a.encode());
            out.put(addr(i), a);
        }
        state.trie().collectNodes(w.nodes::put);
        return state.rootHash();
    }

    static Header parent(Hash stateRoot, long number) {
        return Header.builder().stateRoot(stateRoot).number(number).build();
    }

    @Test
    void readsAccountsAndStorageAndRecomputesTheRootAfterWrites() {
        Witness w = new Witness();
        Map<Address, TrieAccount> accounts = new HashMap<>();
        Hash root = buildState(20, w, accounts);
        TrieDB db = new TrieDB(parent(root, 7), w, TrieHinter.NOOP);

        assertThat(db.account(addr(5))).isEqualTo(accounts.get(addr(5)));
        assertThat(db.account(addr(99))).isNull();
        assertThat(db.storage(addr(5), UInt256.valueOf(3))).isEqualTo(UInt256.valueOf(103));
        assertThat(db.storage(addr(5), UInt256.valueOf(6))).isEqualTo(UInt256.ZERO);
        assertThat(db.stateRoot()).isEqualTo(root);

        // Changes: account 5 gets a new balance, slot 3 cleared and slot 9 set; account 6 deleted; 99 created.
        db.storage(addr(5), UInt256.valueOf(9));
        db.commitAccount(addr(5), 6, UInt256.valueOf(1000), Hash.EMPTY_CODE_HASH);
        db.commitStorage(addr(5), UInt256.valueOf(3), UInt256.ZERO);
        db.commitStorage(addr(5), UInt256.valueOf(9), UInt256.valueOf(7));
        db.deleteAccount(addr(6));
        db.commitAccount(addr(99), 0, UInt256.valueOf(1), Hash.EMPTY_CODE_HASH);
        Hash after = db.stateRoot();

        // The expected root, built from scratch with the same final state.
        SecureTrie expected = SecureTrie.empty();
        for (int i = 1; i <= 20; i++) {
            if (i == 6) continue;
            TreeMap<Integer, Integer> slots = new TreeMap<>();
            for (int j = 1; j <= i; j++) slots.put(j, 100 + j);
            long balance = i;
            long nonce = i;
            if (i == 5) {
                slots.remove(3);
                slots.put(9, 7);
                balance = 1000;
                nonce = 6;
            }
            SecureTrie st = SecureTrie.empty();
            slots.forEach((k, v) -> st.trie().put(SecureTrie.storageKey(UInt256.valueOf(k)), SecureTrie.storageValue(UInt256.valueOf(v))));
            expected.trie().put(SecureTrie.accountKey(addr(i)),
                    new TrieAccount(nonce, UInt256.valueOf(balance), st.rootHash(), Hash.EMPTY_CODE_HASH).encode());
        }
        expected.trie().put(SecureTrie.accountKey(addr(99)),
                new TrieAccount(0, UInt256.ONE, Hash.EMPTY_TRIE_ROOT, Hash.EMPTY_CODE_HASH).encode());
        assertThat(after).isEqualTo(expected.rootHash());
        assertThat(db.storage(addr(5), UInt256.valueOf(9))).isEqualTo(UInt256.valueOf(7));
        assertThat(db.account(addr(6))).isNull();
    }

    @Test
    void clearedStorageReadsZeroAndRootsEmpty() {
        Witness w = new Witness();
        Hash root = buildState(4, w, new HashMap<>());
        TrieDB db = new TrieDB(parent(root, 1), w, TrieHinter.NOOP);
        db.clearStorage(addr(3));
        assertThat(db.storage(addr(3), UInt256.valueOf(1))).isEqualTo(UInt256.ZERO);
        db.commitStorage(addr(3), UInt256.valueOf(2), UInt256.valueOf(5));
        db.stateRoot();
        SecureTrie st = SecureTrie.empty();
        st.trie().put(SecureTrie.storageKey(UInt256.valueOf(2)), SecureTrie.storageValue(UInt256.valueOf(5)));
        assertThat(db.storageRoot(addr(3))).isEqualTo(st.rootHash());
    }

    @Test
    void aMissingNodeNamesItsHashAndTheAccount() {
        Witness w = new Witness();
        Hash root = buildState(3, w, new HashMap<>());
        TrieDB db = new TrieDB(parent(root, 1), new Witness(), TrieHinter.NOOP);
        assertThatThrownBy(() -> db.account(addr(2)))
                .isInstanceOf(MissingWitnessException.class)
                .hasMessageContaining(root.toHex())
                .hasMessageContaining(addr(2).toChecksumHex())
                .satisfies(e -> assertThat(((MissingWitnessException) e).hash()).isEqualTo(root));
    }

    @Test
    void aMissingStorageNodeNamesTheSlotAndAccount() {
        Witness full = new Witness();
        Map<Address, TrieAccount> accounts = new HashMap<>();
        Hash root = buildState(3, full, accounts);
        // Keep only the state trie's nodes: storage roots are then missing.
        Witness stateOnly = new Witness();
        SecureTrie state = SecureTrie.empty();
        accounts.forEach((a, acct) -> state.trie().put(SecureTrie.accountKey(a), acct.encode()));
        state.trie().collectNodes(stateOnly.nodes::put);
        TrieDB db = new TrieDB(parent(root, 1), stateOnly, TrieHinter.NOOP);
        Hash storageRoot = accounts.get(addr(3)).storageRoot();
        assertThatThrownBy(() -> db.storage(addr(3), UInt256.valueOf(2)))
                .isInstanceOf(MissingWitnessException.class)
                .hasMessageContaining(storageRoot.toHex())
                .hasMessageContaining("slot 0x2 of account " + addr(3).toChecksumHex());
    }

    @Test
    void codeIsCheckedAgainstItsHash() {
        Witness w = new Witness();
        Hash root = buildState(1, w, new HashMap<>());
        byte[] code = {0x60, 0x00};
        Hash h = Keccak256.hash(code);
        w.other.put(h, code);
        Hash liar = Keccak256.hash(new byte[] {1});
        w.other.put(liar, code);
        TrieDB db = new TrieDB(parent(root, 1), w, TrieHinter.NOOP);
        assertThat(db.code(h)).isEqualTo(code);
        assertThat(db.code(Hash.EMPTY_CODE_HASH)).isEmpty();
        assertThatThrownBy(() -> db.code(liar)).isInstanceOf(BadWitnessDataException.class);
        assertThatThrownBy(() -> db.code(Keccak256.hash(new byte[] {2}))).isInstanceOf(MissingWitnessException.class)
                .hasMessageContaining("contract code");
    }

    @Test
    void blockHashWalksParentHeaders() {
        Witness w = new Witness();
        Hash root = buildState(1, w, new HashMap<>());
        // A chain of headers 0..300, each pointing at the previous one's hash.
        List<Header> chain = new ArrayList<>();
        Hash prev = Hash.ZERO;
        for (int n = 0; n <= 300; n++) {
            Header h = Header.builder().parentHash(prev).number(n).stateRoot(root).build();
            w.other.put(h.hash(), h.encode());
            chain.add(h);
            prev = h.hash();
        }
        TrieDB db = new TrieDB(chain.get(300), w, TrieHinter.NOOP);
        assertThat(db.blockHash(300)).isEqualTo(chain.get(300).hash());
        assertThat(db.blockHash(299)).isEqualTo(chain.get(299).hash());
        assertThat(db.blockHash(45)).isEqualTo(chain.get(45).hash());
        assertThat(db.blockHash(100)).isEqualTo(chain.get(100).hash());
        assertThat(db.blockHash(44)).isEqualTo(Hash.ZERO); // 301 − 44 > 256
        assertThat(db.blockHash(301)).isEqualTo(Hash.ZERO);
    }

    /** Records what was hinted. */
    static final class RecordingHinter implements TrieHinter {
        final List<String> hints = new ArrayList<>();

        @Override
        public void hintTrieNode(Hash hash) {
            hints.add("node " + hash.toHex());
        }

        @Override
        public void hintAccountProof(Address address, long blockNumber) {
            hints.add("account " + address.toHex() + " @" + blockNumber);
        }

        @Override
        public void hintStorageProof(Address address, UInt256 slot, long blockNumber) {
            hints.add("storage " + address.toHex() + " " + slot.toHexQuantity() + " @" + blockNumber);
        }

        @Override
        public void hintExecutionWitness(Hash parentHash, byte[] payloadAttributesJson) {
            hints.add("witness " + parentHash.toHex());
        }
    }

    @Test
    void hintsProofsBeforeReadingAndTheSiblingADeletionCollapsesInto() {
        Witness w = new Witness();
        Map<Address, TrieAccount> accounts = new HashMap<>();
        Hash root = buildState(2, w, accounts);
        RecordingHinter h = new RecordingHinter();
        TrieDB db = new TrieDB(parent(root, 41), w, h);
        db.storage(addr(1), UInt256.ONE);
        assertThat(h.hints).containsExactly("account " + addr(1).toHex() + " @41", "storage " + addr(1).toHex() + " 0x1 @41");
        h.hints.clear();
        w.asked.clear();
        // Deleting account 1 leaves the root branch with one child: the other leaf, never read, is fetched and hinted.
        db.deleteAccount(addr(1));
        db.stateRoot();
        assertThat(w.asked).isNotEmpty();
        assertThat(h.hints).isNotEmpty().allMatch(s -> s.startsWith("node "));
        assertThat(h.hints).containsExactlyElementsOf(w.asked.stream().map(x -> "node " + x.toHex()).toList());
    }

    @Test
    void aNodeThatDoesNotMatchItsHashIsBadWitnessData() {
        Witness w = new Witness();
        Hash root = buildState(3, w, new HashMap<>());
        Witness liar = new Witness();
        liar.nodes.putUnchecked(root, new byte[] {(byte) 0xc0});
        TrieDB db = new TrieDB(parent(root, 1), liar, TrieHinter.NOOP);
        assertThatThrownBy(() -> db.account(addr(1))).isInstanceOf(BadWitnessDataException.class)
                .hasMessageContaining(addr(1).toChecksumHex());
    }
}
