package io.kona4j.evm;

import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A transaction-level message: what {@link Evm#transact} executes. Fees are not part of it (the caller buys and
 * refunds gas around it; see {@code io.kona4j.evm.transaction}); {@code gasPrice} only feeds the {@code GASPRICE}
 * opcode.
 *
 * @param caller the sender ({@code ORIGIN} and {@code CALLER} of the outermost frame); its nonce is incremented
 * @param to the recipient, or null for a contract creation (then {@code data} is the init code)
 * @param value wei moved from caller to recipient
 * @param data call data or init code; owned by the message, not modified
 * @param gasLimit the transaction's gas limit, intrinsic gas included
 * @param gasPrice the effective gas price ({@code GASPRICE})
 * @param accessList EIP-2930 entries to warm (their intrinsic gas is charged)
 * @param authorizations EIP-7702 authorizations, applied before execution (Prague)
 * @param blobHashes EIP-4844 versioned hashes ({@code BLOBHASH}); empty on OP
 * @param warmAddresses extra addresses to warm without charge (besides caller, recipient, precompiles and, from
 *        Shanghai, the coinbase)
 */
public record Message(Address caller, Address to, UInt256 value, byte[] data, long gasLimit, UInt256 gasPrice,
                      List<AccessListEntry> accessList, List<Authorization> authorizations, List<Hash> blobHashes,
                      Set<Address> warmAddresses) {
    public Message {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(gasPrice, "gasPrice");
        accessList = List.copyOf(accessList);
        authorizations = List.copyOf(authorizations);
        blobHashes = List.copyOf(blobHashes);
        warmAddresses = Set.copyOf(warmAddresses);
    }

    /** A plain call with no access list, authorizations or blobs, at gas price zero. */
    public static Message call(Address caller, Address to, UInt256 value, byte[] data, long gasLimit) {
        return new Message(caller, Objects.requireNonNull(to, "to"), value, data, gasLimit, UInt256.ZERO, List.of(),
                List.of(), List.of(), Set.of());
    }

    /** A plain contract creation at gas price zero. */
    public static Message create(Address caller, UInt256 value, byte[] initCode, long gasLimit) {
        return new Message(caller, null, value, initCode, gasLimit, UInt256.ZERO, List.of(), List.of(), List.of(),
                Set.of());
    }

    public boolean isCreate() {
        return to == null;
    }

    /** This message with another effective gas price. */
    public Message withGasPrice(UInt256 price) {
        return new Message(caller, to, value, data, gasLimit, price, accessList, authorizations, blobHashes, warmAddresses);
    }
}
