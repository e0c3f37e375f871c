package io.kona4j.evm.state;

import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole world state held in maps: a {@link StateSource} for tests, the CLI and benchmarks, that can take a
 * {@link JournaledState}'s {@link AccountChange}s and compute its state root through {@code mpt}'s
 * {@link SecureTrie}.
 */
public final class InMemoryState implements StateSource {
    private final Map<Address, Entry> accounts = new HashMap<>();
    private final Map<Hash, byte[]> codes = new HashMap<>();

    private static final class Entry {
        long nonce;
        UInt256 balance = UInt256.ZERO;
        Hash codeHash = Hash.EMPTY_CODE_HASH;
        final TreeMap<UInt256, UInt256> storage = new TreeMap<>();
    }

    /** Adds or replaces an account; zero slots in {@code storage} are ignored. */
    public void put(Address address, long nonce, UInt256 balance, byte[] code, Map<UInt256, UInt256> storage) {
        Entry e = new Entry();
        e.nonce = nonce;
        e.balance = balance;
        e.codeHash = code.length == 0 ? Hash.EMPTY_CODE_HASH : Keccak256.hash(code);
        if (code.length > 0) codes.put(e.codeHash, code.clone());
        storage.forEach((k, v) -> {
            if (!v.isZero()) e.storage.put(k, v);
        });
        accounts.put(address, e);
    }

    /** A copy that shares nothing mutable with this state. */
    public InMemoryState copy() {
        InMemoryState c = new InMemoryState();
        c.codes.putAll(codes);
        accounts.forEach((a, e) -> {
            Entry n = new Entry();
            n.nonce = e.nonce;
            n.balance = e.balance;
            n.codeHash = e.codeHash;
            n.storage.putAll(e.storage);
            c.accounts.put(a, n);
        });
        return c;
    }

    @Override
    public SourceAccount account(Address address) {
        Entry e = accounts.get(address);
        if (e == null) return null;
        return new SourceAccount(e.nonce, e.balance, e.storage.isEmpty() ? Hash.EMPTY_TRIE_ROOT : storageRoot(e), e.codeHash);
    }

    @Override
    public UInt256 storage(Address address, UInt256 key) {
        Entry e = accounts.get(address);
        if (e == null) return UInt256.ZERO;
        UInt256 v = e.storage.get(key);
        return v == null ? UInt256.ZERO : v;
    }

    @Override
    public byte[] code(Hash codeHash) {
        return codes.get(codeHash);
    }

    /** The account's storage slots, sorted (read-only view). */
    public Map<UInt256, UInt256> storageOf(Address address) {
        Entry e = accounts.get(address);
        return e == null ? Map.of() : java.util.Collections.unmodifiableMap(e.storage);
    }

    /** Writes a journaled state's net changes into this state. */
    public void apply(List<AccountChange> changes) {
        for (AccountChange c : changes) {
            if (c.deleted()) {
                accounts.remove(c.address());
                continue;
            }
            Entry e = accounts.get(c.address());
            if (e == null || c.storageCleared()) {
                Entry n = new Entry();
                if (e != null && !c.storageCleared()) n.storage.putAll(e.storage);
                e = n;
                accounts.put(c.address(), e);
            }
            e.nonce = c.nonce();
            e.balance = c.balance();
            e.codeHash = c.codeHash();
            if (c.code() != null && c.code().length > 0) codes.put(c.codeHash(), c.code());
            for (Map.Entry<UInt256, UInt256> s : c.storage().entrySet()) {
                if (s.getValue().isZero()) e.storage.remove(s.getKey());
                else e.storage.put(s.getKey(), s.getValue());
            }
        }
    }

    /** The state root: the secure trie of every account's {@link TrieAccount} encoding. */
    public Hash stateRoot() {
        SecureTrie trie = SecureTrie.empty();
        accounts.forEach((a, e) -> trie.put(a.unsafeBytes(),
                new TrieAccount(e.nonce, e.balance, storageRoot(e), e.codeHash).encode()));
        return trie.rootHash();
    }

    private static Hash storageRoot(Entry e) {
        if (e.storage.isEmpty()) return Hash.EMPTY_TRIE_ROOT;
        SecureTrie t = SecureTrie.empty();
        e.storage.forEach((k, v) -> t.put(k.toBytes32(), SecureTrie.storageValue(v)));
        return t.rootHash();
    }

    /** The addresses held, for dumps. */
    public java.util.Set<Address> addresses() {
        return java.util.Collections.unmodifiableSet(accounts.keySet());
    }

    /** The account's code (empty when none). */
    public byte[] codeOf(Address address) {
        Entry e = accounts.get(address);
        if (e == null || Hash.EMPTY_CODE_HASH.equals(e.codeHash)) return Bytes.EMPTY;
        return codes.get(e.codeHash);
    }
}
