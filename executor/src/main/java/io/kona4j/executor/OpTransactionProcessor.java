package io.kona4j.executor;

import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.Evm;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.Message;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.TransactionRejectedException;
import io.kona4j.evm.state.StateDb;
import io.kona4j.evm.transaction.L1TransactionProcessor;
import io.kona4j.executor.fee.DaFootprint;
import io.kona4j.executor.fee.FastLz;
import io.kona4j.executor.fee.L1BlockStorage;
import io.kona4j.executor.fee.L1Cost;
import io.kona4j.executor.fee.OperatorFee;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.util.List;
import java.util.Set;

/**
 * OP transaction processing for one block, on top of the EVM's L1 steps (PROTOCOL.md §2.1, §2.3; op-geth
 * {@code state_transition.go}, op-revm {@code handler.rs}). It keeps the block's gas pool, cumulative gas and DA
 * footprint, and reads the L1Block fee inputs once, at the first non-deposit transaction.
 *
 * <p>Deposits: the mint is credited first and survives any failure; no fee, nonce or EOA check; the gas pool is
 * debited by the gas limit (not at all for pre-Regolith system transactions); a non-EVM error reverts to after the
 * mint, bumps the nonce and records a failed receipt using the whole gas limit (0 for a pre-Regolith system
 * transaction). Before Regolith a deposit reports its gas limit as used; from Regolith the gas actually used, with
 * the unused gas back in the pool. System transactions are invalid from Regolith.
 *
 * <p>Other transactions: the EVM's validation, then the OP balance check and gas purchase including the L1 data fee
 * and (Isthmus) the operator fee on the gas limit; after execution the unused gas is refunded, the coinbase gets the
 * tip, the base fee vault {@code gasUsed·baseFee}, the L1 fee vault the L1 fee, and from Isthmus the operator fee
 * vault {@code opFee(gasUsed)} with the rest of the operator fee refunded. Any rejection makes the block invalid.
 */
final class OpTransactionProcessor {
    static final Address BASE_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000019");
    static final Address L1_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001a");
    static final Address OPERATOR_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001b");

    private final Evm evm;
    private final L1TransactionProcessor l1;
    private final BlockEnv env;
    private final StateDb state;
    private final boolean regolith;
    private final boolean canyon;
    private final boolean ecotone;
    private final boolean fjord;
    private final boolean isthmus;
    private final boolean jovian;
    private long gasPool;
    private long cumulativeGasUsed;
    private long daFootprint;
    private L1BlockStorage l1Block;

    OpTransactionProcessor(Evm evm, BlockEnv env, StateDb state) {
        this.evm = evm;
        this.l1 = new L1TransactionProcessor(evm);
        this.env = env;
        this.state = state;
        SpecId s = evm.spec();
        this.regolith = s.isOpAtLeast(SpecId.REGOLITH);
        this.canyon = s.isOpAtLeast(SpecId.CANYON);
        this.ecotone = s.isOpAtLeast(SpecId.ECOTONE);
        this.fjord = s.isOpAtLeast(SpecId.FJORD);
        this.isthmus = s.isOpAtLeast(SpecId.ISTHMUS);
        this.jovian = s.isOpAtLeast(SpecId.JOVIAN);
        this.gasPool = env.gasLimit();
    }

    long cumulativeGasUsed() {
        return cumulativeGasUsed;
    }

    long daFootprint() {
        return daFootprint;
    }

    /** Executes deposit {@code index} of the payload and returns its receipt. */
    Receipt deposit(int index, DepositTransaction tx) {
        Address from = tx.from();
        boolean preRegolithSystem = !regolith && tx.isSystemTransaction();
        Long depositNonce = regolith ? state.nonce(from) : null;
        if (!tx.mint().isZero()) state.addBalance(from, tx.mint());
        int snapshot = state.snapshot();
        String failure = null;
        ExecutionResult r = null;
        if (tx.isSystemTransaction() && regolith) {
            failure = "system transactions are not supported from Regolith";
        } else {
            if (!preRegolithSystem) debitGasPool(index, tx.gasLimit());
            Message msg = new Message(from, tx.to(), tx.value(), tx.input(), tx.gasLimit(), UInt256.ZERO, List.of(),
                    List.of(), List.of(), Set.of());
            try {
                r = evm.transact(msg, env, state);
            } catch (TransactionRejectedException e) {
                failure = e.getMessage();
            }
        }
        long gasUsed;
        boolean status;
        List<Log> logs;
        if (failure != null) {
            state.revertToSnapshot(snapshot);
            state.setNonce(from, state.nonce(from) + 1);
            gasUsed = preRegolithSystem ? 0 : tx.gasLimit();
            status = false;
            logs = List.of();
        } else {
            status = r.isSuccess();
            logs = r.logs();
            if (regolith) {
                gasUsed = r.gasUsed();
                gasPool += tx.gasLimit() - r.gasUsed();
            } else {
                gasUsed = tx.isSystemTransaction() ? 0 : tx.gasLimit();
            }
        }
        state.finalizeTransaction(true);
        cumulativeGasUsed += gasUsed;
        return new Receipt(tx.type(), status, cumulativeGasUsed, Bloom.fromLogs(logs), logs, depositNonce,
                canyon ? Long.valueOf(1) : null);
    }

    /** Executes non-deposit transaction {@code index} (its EIP-2718 bytes {@code encoded}) and returns its receipt. */
    Receipt transaction(int index, SignedTransaction tx, byte[] encoded) {
        Address sender;
        try {
            sender = l1.validate(tx, env, state);
        } catch (TransactionRejectedException e) {
            throw new InvalidBlockException(index, e.getMessage());
        }
        L1BlockStorage fees = l1Block();
        int flzLen = fjord || jovian ? FastLz.compressedLength(encoded) : 0;
        if (jovian) {
            long da = DaFootprint.ofCompressedLength(flzLen, fees.daFootprintGasScalar());
            if (Long.compareUnsigned(daFootprint + da, env.gasLimit()) > 0) {
                throw new InvalidBlockException(index, "takes the block's DA footprint to "
                        + Long.toUnsignedString(daFootprint + da) + ", over the gas limit " + env.gasLimit());
            }
            daFootprint += da;
        }
        UInt256 l1Cost = l1Cost(encoded, flzLen, fees);
        UInt256 opCostLimit = OperatorFee.of(tx.gasLimit(), fees, isthmus, jovian);
        UInt256 price = L1TransactionProcessor.effectiveGasPrice(tx, env);
        UInt256 gasLimit = UInt256.valueOf(tx.gasLimit());
        UInt256 need = gasLimit.mul(tx.maxFeePerGas()).add(tx.value()).add(l1Cost).add(opCostLimit);
        UInt256 balance = state.balance(sender);
        if (balance.compareTo(need) < 0) {
            throw new InvalidBlockException(index, "sender " + sender.toChecksumHex() + " has " + balance
                    + " wei, less than the " + need + " the transaction may cost with its L1 and operator fees");
        }
        debitGasPool(index, tx.gasLimit());
        state.subBalance(sender, gasLimit.mul(price).add(l1Cost).add(opCostLimit));
        ExecutionResult r;
        try {
            r = evm.transact(l1.message(tx, sender, env), env, state);
        } catch (TransactionRejectedException e) {
            throw new InvalidBlockException(index, e.getMessage());
        }
        long gasUsed = r.gasUsed();
        gasPool += tx.gasLimit() - gasUsed;
        L1TransactionProcessor.refundGas(sender, tx.gasLimit(), gasUsed, price, state);
        L1TransactionProcessor.payCoinbase(env, gasUsed, price, state);
        UInt256 used = UInt256.valueOf(gasUsed);
        state.addBalance(BASE_FEE_VAULT, used.mul(env.baseFee()));
        state.addBalance(L1_FEE_VAULT, l1Cost);
        if (isthmus) {
            UInt256 opCostUsed = OperatorFee.of(gasUsed, fees, true, jovian);
            state.addBalance(sender, opCostLimit.sub(opCostUsed));
            state.addBalance(OPERATOR_FEE_VAULT, opCostUsed);
        }
        state.finalizeTransaction(true);
        cumulativeGasUsed += gasUsed;
        return Receipt.of(tx.type(), r.isSuccess(), cumulativeGasUsed, r.logs());
    }

    private UInt256 l1Cost(byte[] encoded, int flzLen, L1BlockStorage fees) {
        return switch (L1Cost.select(fees, ecotone, fjord)) {
            case FJORD -> L1Cost.fjord(flzLen, fees.l1BaseFee(), fees.baseFeeScalar(), fees.blobBaseFee(),
                    fees.blobBaseFeeScalar());
            default -> L1Cost.of(encoded, fees, regolith, ecotone, fjord);
        };
    }

    private L1BlockStorage l1Block() {
        if (l1Block == null) l1Block = L1BlockStorage.read(slot -> state.storage(L1BlockStorage.L1_BLOCK, slot), ecotone, isthmus);
        return l1Block;
    }

    private void debitGasPool(int index, long gas) {
        if (Long.compareUnsigned(gas, gasPool) > 0) {
            throw new InvalidBlockException(index, "needs " + Long.toUnsignedString(gas) + " gas, but only "
                    + gasPool + " of the block's gas limit remain");
        }
        gasPool -= gas;
    }
}
