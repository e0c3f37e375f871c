package io.kona4j.evm.transaction;

import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.InvalidTransactionException;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.TransactionValidation;
import io.kona4j.consensus.TxType;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.Evm;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.Message;
import io.kona4j.evm.TransactionRejectedException;
import io.kona4j.evm.state.StateDb;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.math.BigInteger;
import java.util.Set;

/**
 * Ethereum (L1) transaction processing, as separate steps an OP executor can reuse around its own fee rules:
 * {@link #validate} (stateless rules via consensus {@link TransactionValidation}, then nonce, EIP-3607 sender, the
 * EIP-7825 transaction gas cap from Osaka/Karst, block gas limit, base fee, blob fee, balance), {@link #buyGas},
 * {@link #message} + {@link Evm#transact}, {@link #refundGas}, {@link #payCoinbase}; {@link #process} chains them
 * and finalizes the transaction. OP deposits do not pass through {@link #validate}, so they are exempt from the
 * EIP-7825 cap as Karst requires.
 */
public final class L1TransactionProcessor {
    private final Evm evm;

    public L1TransactionProcessor(Evm evm) {
        this.evm = evm;
    }

    public Evm evm() {
        return evm;
    }

    /**
     * Checks that {@code tx} may run now and returns its sender; throws {@link TransactionRejectedException}
     * naming the broken rule. Reads the state, changes nothing.
     */
    public Address validate(SignedTransaction tx, BlockEnv env, StateDb state) {
        EthereumFork fork = evm.spec().ethereumFork();
        if (evm.spec().isOp() && tx.type() == TxType.EIP4844) {
            throw new TransactionRejectedException("blob transactions are not valid on OP chains");
        }
        Address sender;
        try {
            sender = TransactionValidation.validate(tx, fork, evm.chainId(), BlobGas.maxBlobsPerBlock(fork));
        } catch (InvalidTransactionException e) {
            throw new TransactionRejectedException(e.getMessage());
        }
        long nonce = state.nonce(sender);
        if (nonce != tx.nonce()) {
            throw new TransactionRejectedException("nonce " + Long.toUnsignedString(tx.nonce()) + " of sender " + sender
                    + " does not match the state's " + Long.toUnsignedString(nonce));
        }
        byte[] code = state.code(sender);
        boolean delegated = fork.isAtLeast(EthereumFork.PRAGUE) && code.length == 23 && code[0] == (byte) 0xef
                && code[1] == 0x01 && code[2] == 0x00;
        if (code.length > 0 && !delegated) {
            throw new TransactionRejectedException("sender " + sender + " has code (EIP-3607)");
        }
        if (Long.compareUnsigned(tx.gasLimit(), evm.spec().txGasLimitCap()) > 0) {
            throw new TransactionRejectedException("gas limit " + Long.toUnsignedString(tx.gasLimit())
                    + " is above the transaction gas cap " + evm.spec().txGasLimitCap() + " (EIP-7825)");
        }
        if (Long.compareUnsigned(tx.gasLimit(), env.gasLimit()) > 0) {
            throw new TransactionRejectedException("gas limit " + Long.toUnsignedString(tx.gasLimit())
                    + " is above the block gas limit " + env.gasLimit());
        }
        if (tx.maxFeePerGas().compareTo(env.baseFee()) < 0) {
            throw new TransactionRejectedException("max fee per gas " + tx.maxFeePerGas() + " is below the base fee "
                    + env.baseFee());
        }
        BigInteger need = BigInteger.valueOf(tx.gasLimit()).multiply(tx.maxFeePerGas().toBigInteger())
                .add(tx.value().toBigInteger());
        if (tx instanceof Eip4844Transaction blob) {
            if (blob.maxFeePerBlobGas().compareTo(env.blobBaseFee()) < 0) {
                throw new TransactionRejectedException("max fee per blob gas " + blob.maxFeePerBlobGas()
                        + " is below the blob base fee " + env.blobBaseFee());
            }
            need = need.add(BigInteger.valueOf(blobGas(tx)).multiply(blob.maxFeePerBlobGas().toBigInteger()));
        }
        if (state.balance(sender).toBigInteger().compareTo(need) < 0) {
            throw new TransactionRejectedException("sender " + sender + " has " + state.balance(sender)
                    + " wei, less than the " + need + " the transaction may cost");
        }
        return sender;
    }

    /** The blob gas a transaction uses (EIP-4844): 131,072 per blob. */
    public static long blobGas(SignedTransaction tx) {
        return BlobGas.GAS_PER_BLOB * tx.blobVersionedHashes().size();
    }

    /** The price per gas the sender pays: min(maxFee, baseFee + priorityFee); legacy pays its gas price. */
    public static UInt256 effectiveGasPrice(SignedTransaction tx, BlockEnv env) {
        return tx.effectiveGasPrice(env.baseFee());
    }

    /** Deducts {@code gasLimit · effectiveGasPrice} and the blob fee from the sender. */
    public void buyGas(SignedTransaction tx, Address sender, BlockEnv env, StateDb state) {
        BigInteger cost = BigInteger.valueOf(tx.gasLimit()).multiply(effectiveGasPrice(tx, env).toBigInteger());
        if (tx.type() == TxType.EIP4844) {
            cost = cost.add(BigInteger.valueOf(blobGas(tx)).multiply(env.blobBaseFee().toBigInteger()));
        }
        state.subBalance(sender, UInt256.fromBigInteger(cost));
    }

    /** The message {@link Evm#transact} runs for {@code tx}. */
    public Message message(SignedTransaction tx, Address sender, BlockEnv env) {
        return new Message(sender, tx.to(), tx.value(), tx.input(), tx.gasLimit(), effectiveGasPrice(tx, env),
                tx.accessList(), tx.authorizationList(), tx.blobVersionedHashes(), Set.of());
    }

    /** Returns the unused gas, {@code (gasLimit − gasUsed) · price}, to the sender. */
    public static void refundGas(Address sender, long gasLimit, long gasUsed, UInt256 price, StateDb state) {
        BigInteger back = BigInteger.valueOf(gasLimit - gasUsed).multiply(price.toBigInteger());
        state.addBalance(sender, UInt256.fromBigInteger(back));
    }

    /** Pays the coinbase {@code gasUsed · (price − baseFee)}; touches it even when that is zero. */
    public static void payCoinbase(BlockEnv env, long gasUsed, UInt256 price, StateDb state) {
        BigInteger tip = price.toBigInteger().subtract(env.baseFee().toBigInteger());
        state.addBalance(env.coinbase(), UInt256.fromBigInteger(BigInteger.valueOf(gasUsed).multiply(tip)));
    }

    /** Validates, buys gas, executes, refunds, pays the coinbase and finalizes the transaction. */
    public ExecutionResult process(SignedTransaction tx, BlockEnv env, StateDb state, OperationTracer tracer) {
        Address sender = validate(tx, env, state);
        int snapshot = state.snapshot();
        buyGas(tx, sender, env, state);
        Message msg = message(tx, sender, env);
        ExecutionResult r;
        try {
            r = evm.transact(msg, env, state, tracer);
        } catch (TransactionRejectedException e) {
            state.revertToSnapshot(snapshot);
            throw e;
        }
        refundGas(sender, tx.gasLimit(), r.gasUsed(), msg.gasPrice(), state);
        payCoinbase(env, r.gasUsed(), msg.gasPrice(), state);
        state.finalizeTransaction(true);
        return r;
    }
}
