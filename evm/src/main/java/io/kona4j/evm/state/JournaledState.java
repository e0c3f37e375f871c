package io.kona4j.evm.state;

import io.kona4j.consensus.Log;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link StateDb} of a block: a cache of the accounts and slots read from a {@link StateSource}, a journal of
 * every change (undone by {@link #revertToSnapshot}), and the per-transaction access list, transient storage, logs
 * and refund counter. Changes accumulate across transactions until read with {@link #changes()}. Not thread-safe.
 */
public final class JournaledState implements StateDb {
    private final StateSource source;
    private final HashMap<Address, Account> accounts = new HashMap<>();
    private final ArrayList<Entry> journal = new ArrayList<>();
    private final ArrayList<Account> txAccounts = new ArrayList<>();
    private final HashMap<TransientKey, UInt256> transientStorage = new HashMap<>();
    private final ArrayList<Log> logs = new ArrayList<>();
    private long refund;

    public JournaledState(StateSource source) {
        this.source = source;
    }

    // ---- accounts -------------------------------------------------------------------------------------------

    private Account account(Address address) {
        Account a = accounts.get(address);
        if (a == null) {
            a = new Account(address);
            StateSource.SourceAccount s = source.account(address);
            if (s != null) {
                a.exists = true;
                a.nonce = s.nonce();
                a.balance = s.balance();
                a.codeHash = s.codeHash();
                a.sourceHasStorage = !Hash.EMPTY_TRIE_ROOT.equals(s.storageRoot());
            }
            accounts.put(address, a);
        }
        if (!a.inTx) {
            a.inTx = true;
            txAccounts.add(a);
        }
        return a;
    }

    /** Makes a missing account exist (journaled), as any write does. */
    private Account writable(Address address) {
        Account a = account(address);
        if (!a.exists) {
            journal.add(new Revived(a));
            a.exists = true;
            a.nonce = 0;
            a.balance = UInt256.ZERO;
            a.codeHash = Hash.EMPTY_CODE_HASH;
            a.code = Bytes.EMPTY;
        }
        a.changed = true;
        return a;
    }

    @Override
    public boolean exists(Address address) {
        return account(address).exists;
    }

    @Override
    public boolean isEmpty(Address address) {
        Account a = account(address);
        return !a.exists || (a.nonce == 0 && a.balance.isZero() && Hash.EMPTY_CODE_HASH.equals(a.codeHash));
    }

    @Override
    public UInt256 balance(Address address) {
        Account a = account(address);
        return a.exists ? a.balance : UInt256.ZERO;
    }

    @Override
    public void addBalance(Address address, UInt256 amount) {
        Account a = writable(address);
        touch(a);
        if (!amount.isZero()) setBalance(a, a.balance.add(amount));
    }

    @Override
    public void subBalance(Address address, UInt256 amount) {
        Account a = writable(address);
        touch(a);
        if (!amount.isZero()) setBalance(a, a.balance.sub(amount));
    }

    @Override
    public void setBalance(Address address, UInt256 balance) {
        setBalance(writable(address), balance);
    }

    private void setBalance(Account a, UInt256 balance) {
        journal.add(new BalanceChange(a, a.balance));
        a.balance = balance;
    }

    @Override
    public long nonce(Address address) {
        Account a = account(address);
        return a.exists ? a.nonce : 0;
    }

    @Override
    public void setNonce(Address address, long nonce) {
        Account a = writable(address);
        journal.add(new NonceChange(a, a.nonce));
        a.nonce = nonce;
    }

    @Override
    public byte[] code(Address address) {
        Account a = account(address);
        if (!a.exists) return Bytes.EMPTY;
        if (a.code == null) {
            a.code = Hash.EMPTY_CODE_HASH.equals(a.codeHash) ? Bytes.EMPTY : source.code(a.codeHash);
            if (a.code == null) throw new StateException("code " + a.codeHash + " of account " + address + " is not available");
        }
        return a.code;
    }

    @Override
    public Hash codeHash(Address address) {
        Account a = account(address);
        return a.exists ? a.codeHash : Hash.ZERO;
    }

    @Override
    public void setCode(Address address, byte[] code) {
        Account a = writable(address);
        code(address);
        journal.add(new CodeChange(a, a.code, a.codeHash, a.codeChanged));
        a.code = code;
        a.codeHash = code.length == 0 ? Hash.EMPTY_CODE_HASH : Keccak256.hash(code);
        a.codeChanged = true;
    }

    // ---- storage --------------------------------------------------------------------------------------------

    private Slot slot(Account a, UInt256 key) {
        if (a.slots == null) a.slots = new HashMap<>();
        Slot s = a.slots.get(key);
        if (s == null) {
            UInt256 v = a.exists && a.sourceHasStorage && !a.storageCleared ? source.storage(a.address, key) : UInt256.ZERO;
            s = new Slot(v);
            a.slots.put(key, s);
        }
        return s;
    }

    @Override
    public boolean hasStorage(Address address) {
        Account a = account(address);
        if (!a.exists) return false;
        if (a.sourceHasStorage && !a.storageCleared) return true;
        if (a.slots != null) for (Slot s : a.slots.values()) if (!s.present.isZero()) return true;
        return false;
    }

    @Override
    public UInt256 storage(Address address, UInt256 key) {
        return slot(account(address), key).present;
    }

    @Override
    public UInt256 originalStorage(Address address, UInt256 key) {
        return slot(account(address), key).original;
    }

    @Override
    public void setStorage(Address address, UInt256 key, UInt256 value) {
        Account a = writable(address);
        Slot s = slot(a, key);
        journal.add(new StorageChange(s, s.present));
        s.present = value;
        s.changed = true;
    }

    @Override
    public UInt256 transientStorage(Address address, UInt256 key) {
        UInt256 v = transientStorage.get(new TransientKey(address, key));
        return v == null ? UInt256.ZERO : v;
    }

    @Override
    public void setTransientStorage(Address address, UInt256 key, UInt256 value) {
        TransientKey k = new TransientKey(address, key);
        UInt256 prev = transientStorage.put(k, value);
        journal.add(new TransientChange(k, prev));
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    @Override
    public void createContractAccount(Address address) {
        Account a = account(address);
        journal.add(new Recreated(a, a.copy()));
        UInt256 balance = a.exists ? a.balance : UInt256.ZERO;
        a.exists = true;
        a.nonce = 0;
        a.balance = balance;
        a.code = Bytes.EMPTY;
        a.codeHash = Hash.EMPTY_CODE_HASH;
        HashMap<UInt256, Slot> fresh = new HashMap<>();
        if (a.slots != null) {
            // EIP-2929: warm slots stay warm across the re-creation; their values start at zero
            for (Map.Entry<UInt256, Slot> e : a.slots.entrySet()) {
                if (e.getValue().warm) {
                    Slot z = new Slot(UInt256.ZERO);
                    z.warm = true;
                    fresh.put(e.getKey(), z);
                }
            }
        }
        a.slots = fresh;
        a.storageCleared = true;
        a.createdInTx = true;
        a.changed = true;
    }

    @Override
    public boolean isCreatedInTransaction(Address address) {
        return account(address).createdInTx;
    }

    @Override
    public void markSelfDestructed(Address address) {
        Account a = account(address);
        if (!a.selfDestructed) {
            journal.add(new SelfDestructed(a));
            a.selfDestructed = true;
        }
    }

    @Override
    public boolean isSelfDestructed(Address address) {
        return account(address).selfDestructed;
    }

    @Override
    public void touch(Address address) {
        touch(account(address));
    }

    private void touch(Account a) {
        if (!a.touched) {
            journal.add(new Touched(a));
            a.touched = true;
        }
    }

    // ---- access list, logs, refund ---------------------------------------------------------------------------

    @Override
    public boolean warmAddress(Address address) {
        Account a = account(address);
        if (a.warm) return true;
        journal.add(new WarmedAddress(a));
        a.warm = true;
        return false;
    }

    @Override
    public boolean isWarm(Address address) {
        return account(address).warm;
    }

    @Override
    public boolean warmSlot(Address address, UInt256 key) {
        Slot s = slot(account(address), key);
        if (s.warm) return true;
        journal.add(new WarmedSlot(s));
        s.warm = true;
        return false;
    }

    @Override
    public void addLog(Log log) {
        logs.add(log);
        journal.add(new LogAdded());
    }

    @Override
    public List<Log> logs() {
        return List.copyOf(logs);
    }

    @Override
    public void addRefund(long gas) {
        journal.add(new RefundChange(refund));
        refund += gas;
    }

    @Override
    public void subRefund(long gas) {
        journal.add(new RefundChange(refund));
        refund -= gas;
        if (refund < 0) throw new StateException("refund counter below zero");
    }

    @Override
    public long refund() {
        return refund;
    }

    @Override
    public int snapshot() {
        return journal.size();
    }

    @Override
    public void revertToSnapshot(int snapshot) {
        for (int i = journal.size() - 1; i >= snapshot; i--) journal.remove(i).undo();
    }

    @Override
    public void finalizeTransaction(boolean deleteEmptyTouched) {
        for (Account a : txAccounts) {
            boolean empty = a.exists && a.nonce == 0 && a.balance.isZero() && Hash.EMPTY_CODE_HASH.equals(a.codeHash);
            if (a.selfDestructed || (deleteEmptyTouched && a.touched && empty)) {
                a.exists = false;
                a.nonce = 0;
                a.balance = UInt256.ZERO;
                a.code = Bytes.EMPTY;
                a.codeHash = Hash.EMPTY_CODE_HASH;
                a.slots = new HashMap<>();
                a.storageCleared = true;
                a.sourceHasStorage = false;
                a.changed = true;
            }
            if (a.slots != null) {
                for (Slot s : a.slots.values()) {
                    s.original = s.present;
                    s.warm = false;
                }
            }
            a.warm = false;
            a.touched = false;
            a.createdInTx = false;
            a.selfDestructed = false;
            a.inTx = false;
        }
        txAccounts.clear();
        journal.clear();
        transientStorage.clear();
        logs.clear();
        refund = 0;
    }

    /**
     * Every account changed by the finalized transactions, in first-touched order, with its changed slots. Call
     * after {@link #finalizeTransaction}; the state is not reset by it.
     */
    public List<AccountChange> changes() {
        List<AccountChange> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (!a.changed) continue;
            if (!a.exists) {
                out.add(new AccountChange(a.address, true, true, 0, UInt256.ZERO, Hash.EMPTY_CODE_HASH, null, Map.of()));
                continue;
            }
            Map<UInt256, UInt256> storage = new LinkedHashMap<>();
            if (a.slots != null) {
                for (Map.Entry<UInt256, Slot> e : a.slots.entrySet()) {
                    if (e.getValue().changed) storage.put(e.getKey(), e.getValue().present);
                }
            }
            out.add(new AccountChange(a.address, false, a.storageCleared, a.nonce, a.balance, a.codeHash,
                    a.codeChanged ? a.code : null, storage));
        }
        return out;
    }

    // ---- records and journal entries ------------------------------------------------------------------------

    private record TransientKey(Address address, UInt256 key) {}

    static final class Slot {
        UInt256 original;
        UInt256 present;
        boolean warm;
        boolean changed;

        Slot(UInt256 v) {
            original = v;
            present = v;
        }
    }

    static final class Account {
        final Address address;
        boolean exists;
        long nonce;
        UInt256 balance = UInt256.ZERO;
        Hash codeHash = Hash.EMPTY_CODE_HASH;
        byte[] code;
        boolean sourceHasStorage;
        HashMap<UInt256, Slot> slots;
        boolean storageCleared;
        boolean createdInTx;
        boolean selfDestructed;
        boolean touched;
        boolean warm;
        boolean changed;
        boolean codeChanged;
        boolean inTx;

        Account(Address address) {
            this.address = address;
        }

        Account copy() {
            Account c = new Account(address);
            c.exists = exists;
            c.nonce = nonce;
            c.balance = balance;
            c.codeHash = codeHash;
            c.code = code;
            c.sourceHasStorage = sourceHasStorage;
            c.slots = slots;
            c.storageCleared = storageCleared;
            c.createdInTx = createdInTx;
            c.codeChanged = codeChanged;
            return c;
        }

        void restore(Account c) {
            exists = c.exists;
            nonce = c.nonce;
            balance = c.balance;
            codeHash = c.codeHash;
            code = c.code;
            sourceHasStorage = c.sourceHasStorage;
            slots = c.slots;
            storageCleared = c.storageCleared;
            createdInTx = c.createdInTx;
            codeChanged = c.codeChanged;
        }
    }

    private abstract static class Entry {
        abstract void undo();
    }

    private static final class Revived extends Entry {
        final Account a;
        Revived(Account a) { this.a = a; }
        @Override void undo() { a.exists = false; }
    }

    private static final class BalanceChange extends Entry {
        final Account a;
        final UInt256 prev;
        BalanceChange(Account a, UInt256 prev) { this.a = a; this.prev = prev; }
        @Override void undo() { a.balance = prev; }
    }

    private static final class NonceChange extends Entry {
        final Account a;
        final long prev;
        NonceChange(Account a, long prev) { this.a = a; this.prev = prev; }
        @Override void undo() { a.nonce = prev; }
    }

    private static final class CodeChange extends Entry {
        final Account a;
        final byte[] prev;
        final Hash prevHash;
        final boolean prevChanged;
        CodeChange(Account a, byte[] prev, Hash prevHash, boolean prevChanged) {
            this.a = a; this.prev = prev; this.prevHash = prevHash; this.prevChanged = prevChanged;
        }
        @Override void undo() { a.code = prev; a.codeHash = prevHash; a.codeChanged = prevChanged; }
    }

    private static final class StorageChange extends Entry {
        final Slot s;
        final UInt256 prev;
        StorageChange(Slot s, UInt256 prev) { this.s = s; this.prev = prev; }
        @Override void undo() { s.present = prev; }
    }

    private final class TransientChange extends Entry {
        final TransientKey k;
        final UInt256 prev;
        TransientChange(TransientKey k, UInt256 prev) { this.k = k; this.prev = prev; }
        @Override void undo() {
            if (prev == null) transientStorage.remove(k);
            else transientStorage.put(k, prev);
        }
    }

    private static final class Recreated extends Entry {
        final Account a;
        final Account prev;
        Recreated(Account a, Account prev) { this.a = a; this.prev = prev; }
        @Override void undo() { a.restore(prev); }
    }

    private static final class SelfDestructed extends Entry {
        final Account a;
        SelfDestructed(Account a) { this.a = a; }
        @Override void undo() { a.selfDestructed = false; }
    }

    private static final class Touched extends Entry {
        final Account a;
        Touched(Account a) { this.a = a; }
        @Override void undo() { a.touched = false; }
    }

    private static final class WarmedAddress extends Entry {
        final Account a;
        WarmedAddress(Account a) { this.a = a; }
        @Override void undo() { a.warm = false; }
    }

    private static final class WarmedSlot extends Entry {
        final Slot s;
        WarmedSlot(Slot s) { this.s = s; }
        @Override void undo() { s.warm = false; }
    }

    private final class LogAdded extends Entry {
        @Override void undo() { logs.remove(logs.size() - 1); }
    }

    private final class RefundChange extends Entry {
        final long prev;
        RefundChange(long prev) { this.prev = prev; }
        @Override void undo() { refund = prev; }
    }
}
