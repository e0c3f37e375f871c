package io.kona4j.evm.state;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.Map;

/**
 * One account's net change over the transactions finalized so far, as {@link JournaledState#changes()} reports
 * it for writing back into the state trie.
 *
 * @param deleted the account no longer exists (self-destructed or an EIP-161 empty touched account)
 * @param storageCleared the account was (re)created: its old storage is gone, only {@code storage} remains
 * @param code the new code when it changed, else null (look at {@code codeHash})
 * @param storage changed slots; a zero value deletes the slot
 */
public record AccountChange(Address address, boolean deleted, boolean storageCleared, long nonce, UInt256 balance,
                            Hash codeHash, byte[] code, Map<UInt256, UInt256> storage) {}
