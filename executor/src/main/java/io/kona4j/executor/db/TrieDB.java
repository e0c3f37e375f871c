package io.kona4j.executor.db;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.mpt.MissingTrieNodeException;
import io.kona4j.mpt.MptException;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.mpt.TrieProvider;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of the parent block, opened lazily from its state root (Kona's {@code TrieDB}): an account is read from
 * the state trie the first time it is asked for (after hinting its proof), its storage trie the first time one of
 * its slots is, code by hash, and {@code BLOCKHASH} by walking parent headers back from the parent. Every preimage is
 * checked against the hash it was asked for.
 *
 * <p>Writes from executed blocks are buffered ({@link #commitAccount}, {@link #deleteAccount}, {@link #clearStorage},
 * {@link #commitStorage}); {@link #stateRoot()}
 * applies them to the tries as Kona does (accounts in hashed-address order, slots in hashed-slot order, zero slots
 * and destroyed accounts deleted), so the same witness nodes are needed. After a block, {@link #setParent} moves the
 * database onto the block just built, keeping every opened node: consecutive blocks execute on one TrieDB.
 *
 * <p>Errors: {@link MissingWitnessException} names the missing hash and what it was needed for;
 * {@link BadWitnessDataException} a preimage that does not match its hash or does not decode. Not thread-safe.
 */
public final class TrieDB {
    /** BLOCKHASH serves this many ancestors; older ones (and the current block and later) are zero. */
    public static final int BLOCK_HASH_WINDOW = 256;

    private final TrieDBProvider provider;
    /** What the tries open nodes through: the provider, hinting each node first while writes are applied. */
    private final TrieProvider nodes;
    private boolean applyingWrites;
    private final TrieHinter hinter;
    private final Trie stateTrie;
    private final Map<Address, Entry> accounts = new HashMap<>();
    private final Map<Hash, byte[]> code = new HashMap<>();
    private final Map<Long, Hash> blockHashes = new HashMap<>();
    private Header parent;
    private Hash parentHash;

    /** The database over {@code parent}'s state, reading through {@code provider} and hinting to {@code hinter}. */
    public TrieDB(Header parent, TrieDBProvider provider, TrieHinter hinter) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.hinter = Objects.requireNonNull(hinter, "hinter");
        // Reads are covered by the account and storage proof hints; applying writes may need nodes no proof holds
        // (the sibling a deletion collapses into), which are hinted one by one as Kona does.
        this.nodes = hash -> {
            if (applyingWrites) hinter.hintTrieNode(hash);
            return provider.trieNodeByHash(hash);
        };
        this.stateTrie = Trie.open(parent.stateRoot(), nodes);
        setParent(parent, parent.hash());
    }

    /** The header whose state this database holds (the parent of the next block). */
    public Header parent() {
        return parent;
    }

    public Hash parentHash() {
        return parentHash;
    }

    /**
     * Moves onto the block just built on top of this state. Its state root must be the one {@link #stateRoot()}
     * returned.
     */
    public void setParent(Header header, Hash hash) {
        this.parent = header;
        this.parentHash = hash;
        blockHashes.put(header.number(), hash);
        if (header.number() > 0) blockHashes.put(header.number() - 1, header.parentHash());
    }

    /** The account at {@code address} with this block's writes applied, or null if it does not exist. */
    public TrieAccount account(Address address) {
        return entry(address).account;
    }

    private Entry entry(Address address) {
        Entry e = accounts.get(address);
        if (e != null) return e;
        hinter.hintAccountProof(address, parent.number());
        byte[] key = SecureTrie.accountKey(address);
        byte[] rlp;
        try {
            rlp = stateTrie.get(key);
        } catch (MptException ex) {
            throw witnessError(ex, "account " + address.toChecksumHex());
        }
        TrieAccount acct;
        try {
            acct = rlp == null ? null : TrieAccount.decode(rlp);
        } catch (MptException ex) {
            throw new BadWitnessDataException("state trie value of account " + address.toChecksumHex()
                    + " does not decode: " + ex.getMessage(), ex);
        }
        e = new Entry(address, key, acct);
        accounts.put(address, e);
        return e;
    }

    /** The value of {@code slot} of {@code address} with this block's writes applied (zero when absent). */
    public UInt256 storage(Address address, UInt256 slot) {
        Entry e = entry(address);
        UInt256 v = e.slots.get(slot);
        if (v != null) return v;
        v = e.readSlot(slot);
        e.slots.put(slot, v);
        return v;
    }

    /** The code whose keccak256 is {@code codeHash}; the empty code for the empty-code hash. */
    public byte[] code(Hash codeHash) {
        if (codeHash.equals(Hash.EMPTY_CODE_HASH)) return Bytes.EMPTY;
        byte[] c = code.get(codeHash);
        if (c != null) return c;
        c = provider.bytecodeByHash(codeHash);
        if (c == null) throw new MissingWitnessException(codeHash, "contract code", null);
        if (!Arrays.equals(Keccak256.digest(c), codeHash.unsafeBytes())) {
            throw new BadWitnessDataException("code served for " + codeHash.toHex() + " hashes to "
                    + Keccak256.hash(c).toHex(), null);
        }
        code.put(codeHash, c);
        return c;
    }

    /**
     * The hash of block {@code number} as {@code BLOCKHASH} sees it while executing the block after the parent: the
     * 256 most recent ancestors; zero outside that window.
     */
    public Hash blockHash(long number) {
        long current = parent.number() + 1;
        if (number < 0 || number >= current || current - number > BLOCK_HASH_WINDOW) return Hash.ZERO;
        Hash h = blockHashes.get(number);
        if (h != null) return h;
        // Walk back from the lowest header whose parent hash we know, fetching each ancestor by hash.
        long n = number + 1;
        while (!blockHashes.containsKey(n - 1)) n++;
        Hash cursor = blockHashes.get(n - 1);
        for (long k = n - 1; k > number; k--) {
            Header hdr = header(cursor, k);
            cursor = hdr.parentHash();
            blockHashes.put(k - 1, cursor);
        }
        return blockHashes.get(number);
    }

    private Header header(Hash hash, long expectedNumber) {
        byte[] rlp = provider.headerByHash(hash);
        if (rlp == null) throw new MissingWitnessException(hash, "the header of block " + expectedNumber + " (BLOCKHASH)", null);
        if (!Arrays.equals(Keccak256.digest(rlp), hash.unsafeBytes())) {
            throw new BadWitnessDataException("header served for " + hash.toHex() + " hashes to " + Keccak256.hash(rlp).toHex(), null);
        }
        try {
            Header h = Header.decode(rlp);
            if (h.number() != expectedNumber) {
                throw new BadWitnessDataException("header " + hash.toHex() + " is block " + h.number()
                        + ", expected block " + expectedNumber, null);
            }
            return h;
        } catch (ConsensusException ex) {
            throw new BadWitnessDataException("header " + hash.toHex() + " does not decode: " + ex.getMessage(), ex);
        }
    }

    /**
     * Records the account's state after a block: it exists with these fields. Its storage root is kept and brought
     * up to date by {@link #stateRoot()}.
     */
    public void commitAccount(Address address, long nonce, UInt256 balance, Hash codeHash) {
        Entry e = entry(address);
        Hash root = e.account == null || e.storageCleared ? Hash.EMPTY_TRIE_ROOT : e.account.storageRoot();
        e.account = new TrieAccount(nonce, balance, root, codeHash);
        e.dirty = true;
    }

    /** Records that the account no longer exists (self-destructed, or an empty account touched and removed). */
    public void deleteAccount(Address address) {
        Entry e = entry(address);
        e.account = null;
        e.dirty = true;
        clear(e);
    }

    /**
     * Records that the account's storage was wiped (self-destructed and re-created, or created where storage was
     * left), before the writes {@link #commitStorage} records after this call.
     */
    public void clearStorage(Address address) {
        Entry e = entry(address);
        e.dirty = true;
        clear(e);
        if (e.account != null) {
            e.account = new TrieAccount(e.account.nonce(), e.account.balance(), Hash.EMPTY_TRIE_ROOT, e.account.codeHash());
        }
    }

    private static void clear(Entry e) {
        e.storageCleared = true;
        e.storage = Trie.empty();
        e.slots.clear();
        e.dirtySlots.clear();
    }

    /** Records a storage slot's value after a block. */
    public void commitStorage(Address address, UInt256 slot, UInt256 value) {
        Entry e = entry(address);
        e.slots.put(slot, value);
        e.dirtySlots.put(slot, value);
        e.dirty = true;
    }

    /** Caches code a block deployed, so later reads need no witness for it. */
    public void commitCode(Hash codeHash, byte[] bytecode) {
        code.put(codeHash, bytecode);
    }

    /** Applies every buffered write to the tries and returns the state root. */
    public Hash stateRoot() {
        applyingWrites = true;
        try {
            return applyWrites();
        } finally {
            applyingWrites = false;
        }
    }

    private Hash applyWrites() {
        List<Entry> dirty = new ArrayList<>();
        for (Entry e : accounts.values()) if (e.dirty) dirty.add(e);
        dirty.sort((a, b) -> Arrays.compareUnsigned(a.hashedKey, b.hashedKey));
        for (Entry e : dirty) {
            try {
                if (e.account == null) {
                    stateTrie.delete(e.hashedKey);
                } else {
                    Hash storageRoot = e.applyStorage();
                    if (!storageRoot.equals(e.account.storageRoot())) {
                        e.account = new TrieAccount(e.account.nonce(), e.account.balance(), storageRoot,
                                e.account.codeHash());
                    }
                    stateTrie.put(e.hashedKey, e.account.encode());
                }
            } catch (MptException ex) {
                throw witnessError(ex, "updating account " + e.address.toChecksumHex());
            }
            e.dirty = false;
            e.storageCleared = false;
        }
        try {
            return stateTrie.rootHash();
        } catch (MptException ex) {
            throw witnessError(ex, "the state root");
        }
    }

    /** The storage root of {@code address} after {@link #stateRoot()}; the empty root for an absent account. */
    public Hash storageRoot(Address address) {
        TrieAccount a = account(address);
        return a == null ? Hash.EMPTY_TRIE_ROOT : a.storageRoot();
    }

    /** A trie error while reading or updating on behalf of {@code neededFor}, as the executor's own error. */
    static RuntimeException witnessError(MptException ex, String neededFor) {
        if (ex instanceof MissingTrieNodeException && ex.hash() != null) {
            String at = ex.path() == null ? "" : ex.path().isEmpty() ? ", trie root" : ", trie node at nibble path 0x" + ex.path();
            return new MissingWitnessException(ex.hash(), neededFor + at, ex);
        }
        return new BadWitnessDataException("witness data for " + neededFor + " is invalid: " + ex.getMessage(), ex);
    }

    /** One account as opened: its trie key, current value, storage trie and buffered slot writes. */
    private final class Entry {
        final Address address;
        final byte[] hashedKey;
        TrieAccount account;
        Trie storage;
        boolean dirty;
        boolean storageCleared;
        final Map<UInt256, UInt256> slots = new HashMap<>();
        final Map<UInt256, UInt256> dirtySlots = new HashMap<>();

        Entry(Address address, byte[] hashedKey, TrieAccount account) {
            this.address = address;
            this.hashedKey = hashedKey;
            this.account = account;
        }

        Trie storageTrie() {
            if (storage == null) {
                storage = account == null ? Trie.empty() : Trie.open(account.storageRoot(), nodes);
            }
            return storage;
        }

        UInt256 readSlot(UInt256 slot) {
            if (account == null || storageCleared) return UInt256.ZERO;
            Trie t = storageTrie();
            hinter.hintStorageProof(address, slot, parent.number());
            byte[] v;
            try {
                v = t.get(SecureTrie.storageKey(slot));
            } catch (MptException ex) {
                throw witnessError(ex, "slot " + slot.toHexQuantity() + " of account " + address.toChecksumHex());
            }
            if (v == null) return UInt256.ZERO;
            try {
                RlpReader r = RlpReader.of(v);
                byte[] b = r.readUInt256Bytes();
                r.ensureDone();
                return UInt256.fromBytes(b);
            } catch (PrimitivesException ex) {
                throw new BadWitnessDataException("storage value of slot " + slot.toHexQuantity() + " of account "
                        + address.toChecksumHex() + " does not decode: " + ex.getMessage(), ex);
            }
        }

        Hash applyStorage() {
            if (dirtySlots.isEmpty() && !storageCleared) return account.storageRoot();
            Trie t = storageTrie();
            List<Map.Entry<byte[], UInt256>> writes = new ArrayList<>(dirtySlots.size());
            for (Map.Entry<UInt256, UInt256> w : dirtySlots.entrySet()) {
                writes.add(Map.entry(SecureTrie.storageKey(w.getKey()), w.getValue()));
            }
            writes.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
            try {
                for (Map.Entry<byte[], UInt256> w : writes) {
                    if (w.getValue().isZero()) t.delete(w.getKey());
                    else t.put(w.getKey(), SecureTrie.storageValue(w.getValue()));
                }
            } catch (MptException ex) {
                throw witnessError(ex, "updating the storage of account " + address.toChecksumHex());
            }
            dirtySlots.clear();
            return t.rootHash();
        }
    }
}
