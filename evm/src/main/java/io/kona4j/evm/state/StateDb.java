package io.kona4j.evm.state;

import io.kona4j.consensus.Log;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.List;

/**
 * The world state as the EVM sees it during a block: accounts, storage, code, transient storage, the EIP-2929
 * access list, logs and the refund counter, all journaled so a frame's changes can be rolled back with
 * {@link #revertToSnapshot(int)}. {@link JournaledState} implements it over a read-only {@link StateSource} (a
 * trie witness, an in-memory map).
 *
 * <p>Transaction boundary: {@link #finalizeTransaction(boolean)} ends a transaction (deletes self-destructed and,
 * from EIP-161, touched empty accounts; clears access list, transient storage, refunds and logs; makes the current
 * storage the new "original" for EIP-2200). Values handed in are immutable and kept; byte arrays handed in become
 * owned by the state.
 */
public interface StateDb {
    /** Whether the account exists (it may be empty in the EIP-161 sense). */
    boolean exists(Address address);

    /** Whether the account does not exist or is EIP-161 empty (nonce 0, balance 0, no code). */
    boolean isEmpty(Address address);

    UInt256 balance(Address address);

    /** Adds to the balance (creating the account if needed); touches it even for zero. */
    void addBalance(Address address, UInt256 amount);

    /** Subtracts from the balance; the caller has checked it suffices. Touches the account. */
    void subBalance(Address address, UInt256 amount);

    void setBalance(Address address, UInt256 balance);

    long nonce(Address address);

    void setNonce(Address address, long nonce);

    /** The code; empty for an account without code or a missing one. Owned by the state: do not modify. */
    byte[] code(Address address);

    /** keccak256 of the code; {@link Hash#EMPTY_CODE_HASH} when there is none, {@link Hash#ZERO} for a missing account. */
    Hash codeHash(Address address);

    void setCode(Address address, byte[] code);

    /** Whether the account has storage in the state it was loaded from or any non-zero slot now (EIP-7610). */
    boolean hasStorage(Address address);

    UInt256 storage(Address address, UInt256 key);

    /** The slot's value at the start of the current transaction (EIP-2200 "original value"). */
    UInt256 originalStorage(Address address, UInt256 key);

    void setStorage(Address address, UInt256 key, UInt256 value);

    UInt256 transientStorage(Address address, UInt256 key);

    void setTransientStorage(Address address, UInt256 key, UInt256 value);

    /**
     * Creates (or re-creates) a contract account at {@code address}: keeps its balance, clears nonce, code and
     * storage, and marks it created in this transaction (EIP-6780).
     */
    void createContractAccount(Address address);

    /** Whether {@link #createContractAccount} was called for this address in the current transaction. */
    boolean isCreatedInTransaction(Address address);

    /** Marks the account for deletion at the end of the transaction. */
    void markSelfDestructed(Address address);

    boolean isSelfDestructed(Address address);

    /** Journals a touch (EIP-161): an empty touched account is deleted at the end of the transaction. */
    void touch(Address address);

    /** Warms an address; returns whether it was already warm. */
    boolean warmAddress(Address address);

    boolean isWarm(Address address);

    /** Warms a storage slot; returns whether it was already warm. */
    boolean warmSlot(Address address, UInt256 key);

    void addLog(Log log);

    /** The logs of the current transaction, in order. */
    List<Log> logs();

    void addRefund(long gas);

    void subRefund(long gas);

    long refund();

    /** A point to roll back to. */
    int snapshot();

    /** Undoes every change made since {@code snapshot} was taken. */
    void revertToSnapshot(int snapshot);

    /**
     * Ends the transaction: deletes self-destructed accounts and, if {@code deleteEmptyTouched}, touched empty ones,
     * clears the per-transaction state and commits the storage values as the next transaction's originals.
     */
    void finalizeTransaction(boolean deleteEmptyTouched);
}
