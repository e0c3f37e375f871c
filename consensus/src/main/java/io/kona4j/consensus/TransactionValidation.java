package io.kona4j.consensus;

import io.kona4j.primitives.Hash;
import java.math.BigInteger;

/**
 * The stateless validity rules of a signed transaction under an L1 fork: what can be decided without state (no
 * balance or nonce lookups). The EVM applies these before execution; the {@code tx} conformance suite checks them
 * against the reference fixtures.
 */
public final class TransactionValidation {
    /** EIP-4844 blob hashes carry version byte 0x01. */
    public static final byte BLOB_HASH_VERSION = 0x01;

    private TransactionValidation() {}

    /**
     * Checks {@code tx} and returns its sender. Throws {@link InvalidTransactionException} naming the first broken
     * rule: type not yet active, wrong chain id, nonce at 2^64-1 (EIP-2681), fee fields (priority above max fee,
     * gas·price beyond 256 bits), init code over the EIP-3860 limit, intrinsic gas or EIP-7623 floor above the gas
     * limit, empty blob or authorization lists, and the signature rules of {@link SignedTransaction#sender()}.
     *
     * @param maxBlobsPerTx the fork's blob limit per transaction (6 in Cancun, 9 in Prague); ignored for other types
     */
    public static io.kona4j.primitives.Address validate(SignedTransaction tx, EthereumFork fork, long chainId,
                                                        int maxBlobsPerTx) {
        if (!fork.supports(tx.type())) {
            throw new InvalidTransactionException(tx.type() + " transactions are not valid before their fork (at " + fork + ")");
        }
        if (tx instanceof LegacyTransaction legacy) {
            if (legacy.isProtected()) {
                if (!fork.isAtLeast(EthereumFork.SPURIOUS_DRAGON)) {
                    throw new InvalidTransactionException("EIP-155 signatures are not valid before Spurious Dragon");
                }
                if (legacy.chainId() != chainId) throw wrongChain(legacy.chainId(), chainId);
            }
        } else if (tx.chainId() != chainId) {
            throw wrongChain(tx.chainId(), chainId);
        }
        if (tx.nonce() == -1L) throw new InvalidTransactionException("nonce 2^64-1 is not allowed (EIP-2681)");
        if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
            throw new InvalidTransactionException("max priority fee per gas " + tx.maxPriorityFeePerGas()
                    + " is above the max fee per gas " + tx.maxFeePerGas());
        }
        BigInteger cost = BigInteger.valueOf(tx.gasLimit()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        if (cost.multiply(tx.maxFeePerGas().toBigInteger()).bitLength() > 256) {
            throw new InvalidTransactionException("gas limit × max fee per gas does not fit in 256 bits");
        }
        if (tx.isCreate() && fork.isAtLeast(EthereumFork.SHANGHAI) && tx.input().length > IntrinsicGas.MAX_INITCODE_SIZE) {
            throw new InvalidTransactionException("init code of " + tx.input().length + " bytes is over the "
                    + IntrinsicGas.MAX_INITCODE_SIZE + "-byte limit (EIP-3860)");
        }
        IntrinsicGas intrinsic = IntrinsicGas.of(tx, fork);
        if (Long.compareUnsigned(tx.gasLimit(), intrinsic.gas()) < 0) {
            throw new InvalidTransactionException("gas limit " + Long.toUnsignedString(tx.gasLimit())
                    + " is below the intrinsic gas " + intrinsic.gas());
        }
        if (Long.compareUnsigned(tx.gasLimit(), intrinsic.floorGas()) < 0) {
            throw new InvalidTransactionException("gas limit " + Long.toUnsignedString(tx.gasLimit())
                    + " is below the EIP-7623 floor " + intrinsic.floorGas());
        }
        if (tx instanceof Eip4844Transaction blob) {
            if (blob.blobVersionedHashes().isEmpty()) throw new InvalidTransactionException("blob transaction without blobs");
            if (blob.blobVersionedHashes().size() > maxBlobsPerTx) {
                throw new InvalidTransactionException("blob transaction carries " + blob.blobVersionedHashes().size()
                        + " blobs, over the limit of " + maxBlobsPerTx);
            }
            for (Hash h : blob.blobVersionedHashes()) {
                if (h.get(0) != BLOB_HASH_VERSION) throw new InvalidTransactionException("blob versioned hash " + h + " has the wrong version");
            }
        }
        if (tx instanceof Eip7702Transaction setCode && setCode.authorizationList().isEmpty()) {
            throw new InvalidTransactionException("set-code transaction with an empty authorization list");
        }
        return tx.sender();
    }

    private static InvalidTransactionException wrongChain(long got, long want) {
        return new InvalidTransactionException("transaction is signed for chain " + Long.toUnsignedString(got)
                + ", expected " + Long.toUnsignedString(want));
    }
}
