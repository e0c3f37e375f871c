package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import java.util.List;

/** One EIP-2930 access-list entry: an address and the storage keys to warm. */
public record AccessListEntry(Address address, List<Hash> storageKeys) {
    public AccessListEntry {
        if (address == null) throw new ConsensusException("access-list entry without an address");
        storageKeys = List.copyOf(storageKeys);
    }
}
