package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.List;

/**
 * A transaction of any type kona4j knows: the signed Ethereum types ({@link SignedTransaction}) and the OP deposit
 * ({@link DepositTransaction}). Switch over the records for type-specific fields.
 *
 * <p>Entry points: {@link #decode(byte[])} reads an EIP-2718 envelope (legacy RLP list, or type byte ‖ RLP);
 * {@link #encode()} writes it back byte for byte; {@link #hash()} is keccak256 of that encoding; {@link #sender()}
 * recovers the signer (or returns the deposit's {@code from}). Byte arrays held by the records are owned by them:
 * callers must not modify what {@link #input()} returns.
 */
public sealed interface Transaction permits SignedTransaction, DepositTransaction {
    TxType type();

    long gasLimit();

    /** The recipient, or {@code null} for contract creation. */
    Address to();

    UInt256 value();

    /** Call data or init code. Owned by the transaction: do not modify. */
    byte[] input();

    /** The EIP-2930 access list; empty for types without one. */
    default List<AccessListEntry> accessList() {
        return List.of();
    }

    /** The EIP-7702 authorization list; empty for other types. */
    default List<Authorization> authorizationList() {
        return List.of();
    }

    /** The EIP-4844 blob versioned hashes; empty for other types. */
    default List<Hash> blobVersionedHashes() {
        return List.of();
    }

    default boolean isCreate() {
        return to() == null;
    }

    default boolean isDeposit() {
        return type() == TxType.DEPOSIT;
    }

    /** The canonical EIP-2718 encoding (legacy: the RLP list; typed: type byte ‖ RLP payload). */
    byte[] encode();

    /** keccak256 of {@link #encode()}. */
    default Hash hash() {
        return Keccak256.hash(encode());
    }

    /**
     * The sender: the signer recovered from the signature, or a deposit's {@code from}. Throws
     * {@link InvalidTransactionException} when the signature is invalid (EIP-2 rules, unknown v, no key recovers).
     */
    Address sender();

    /** Decodes an EIP-2718 envelope; malformed input gives a {@link ConsensusException} saying what is wrong. */
    static Transaction decode(byte[] envelope) {
        return TransactionCodec.decode(envelope);
    }
}
