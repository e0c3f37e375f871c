package io.kona4j.evm.state;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

/**
 * Where {@link JournaledState} reads the state it starts from: the seam the executor backs with its trie witness.
 * Reads happen lazily, once per account, slot and code hash.
 */
public interface StateSource {
    /** The account, or null when it does not exist. */
    SourceAccount account(Address address);

    /** A storage slot of an existing account (zero when unset). */
    UInt256 storage(Address address, UInt256 key);

    /** The code with this hash (never called for the empty-code hash). */
    byte[] code(Hash codeHash);

    /** An account as stored: nonce, balance, storage root and code hash. */
    record SourceAccount(long nonce, UInt256 balance, Hash storageRoot, Hash codeHash) {}
}
