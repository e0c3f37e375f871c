package io.kona4j.executor;

import io.kona4j.consensus.Header;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.InMemoryTrieProvider;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A genesis state built in the test with the mpt module directly, served as a complete witness. */
final class TestChain implements TrieDBProvider {
    record Account(long nonce, UInt256 balance, byte[] code, Map<UInt256, UInt256> storage) {
        static Account eoa(long nonce, UInt256 balance) {
            return new Account(nonce, balance, Bytes.EMPTY, Map.of());
        }
    }

    final Map<Address, Account> accounts = new TreeMap<>();
    final InMemoryTrieProvider nodes = new InMemoryTrieProvider();
    final Map<Hash, byte[]> other = new HashMap<>();

    TestChain put(Address a, Account acct) {
        accounts.put(a, acct);
        return this;
    }

    /** The state root of {@code state}, with every node (and code) stored in this witness. */
    Hash commit(Map<Address, Account> state) {
        SecureTrie t = SecureTrie.empty();
        for (Map.Entry<Address, Account> e : state.entrySet()) {
            Account a = e.getValue();
            SecureTrie st = SecureTrie.empty();
            a.storage().forEach((k, v) -> {
                if (!v.isZero()) st.put(k.toBytes32(), SecureTrie.storageValue(v));
            });
            st.trie().collectNodes(nodes::put);
            Hash codeHash = a.code().length == 0 ? Hash.EMPTY_CODE_HASH : Keccak256.hash(a.code());
            if (a.code().length > 0) other.put(codeHash, a.code());
            t.put(e.getKey().unsafeBytes(), new TrieAccount(a.nonce(), a.balance(), st.rootHash(), codeHash).encode());
        }
        t.trie().collectNodes(nodes::put);
        return t.rootHash();
    }

    /** The root of an expected post-state, computed independently of the executor. */
    static Hash rootOf(Map<Address, Account> state) {
        return new TestChain().commit(state);
    }

    Map<Address, Account> copy() {
        return new LinkedHashMap<>(accounts);
    }

    Header genesis(long number, long timestamp, long gasLimit, byte[] extraData, boolean canyon, boolean ecotone) {
        Header.Builder b = Header.builder().number(number).timestamp(timestamp).gasLimit(gasLimit).gasUsed(0)
                .stateRoot(commit(accounts)).baseFeePerGas(UInt256.valueOf(1_000_000_000L)).extraData(extraData);
        if (canyon) b.withdrawalsRoot(Hash.EMPTY_TRIE_ROOT);
        if (ecotone) b.blobGasUsed(0L).excessBlobGas(0L).parentBeaconBlockRoot(Hash.ZERO);
        Header h = b.build();
        other.put(h.hash(), h.encode());
        return h;
    }

    @Override
    public byte[] trieNodeByHash(Hash hash) {
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
