package io.kona4j.evm;

import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.IntrinsicGas;
import io.kona4j.consensus.Log;
import io.kona4j.evm.precompile.PrecompileRegistry;
import io.kona4j.evm.state.StateDb;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.util.List;

/**
 * The EVM for one spec and chain: runs transaction-level messages and system calls over a {@link StateDb}.
 *
 * <p>{@link #transact} does what happens between buying gas and refunding it: intrinsic gas, the sender's nonce,
 * EIP-2929 warm-up (sender, recipient, precompiles, Shanghai coinbase, access list, extra addresses), EIP-7702
 * authorizations, the call or creation, the EIP-3529 refund cap and the EIP-7623 floor. It does not touch
 * balances for fees and does not finalize the transaction: the caller charges and refunds gas, pays the coinbase,
 * then calls {@link StateDb#finalizeTransaction(boolean)} (see {@code io.kona4j.evm.transaction}). One instance
 * is reusable for many transactions but not thread-safe. Deep call chains recurse: run it on a thread with a
 * stack of at least 16 MiB (e.g. {@link #newThread(Runnable)}).
 */
public final class Evm {
    /** The caller of system calls (EIP-4788, EIP-2935). */
    public static final Address SYSTEM_ADDRESS = Address.fromHex("0xfffffffffffffffffffffffffffffffffffffffe");
    /** The gas limit of a system call. */
    public static final long SYSTEM_CALL_GAS = 30_000_000L;
    /** Refund for an authorization whose authority already exists (EIP-7702: 25,000 − 12,500). */
    public static final long AUTH_EXISTING_ACCOUNT_REFUND = 12_500;

    private final SpecId spec;
    private final long chainId;
    private final Interpreter interpreter;

    public Evm(SpecId spec, long chainId) {
        this(spec, chainId, PrecompileRegistry.forSpec(spec));
    }

    /** An EVM with its own precompile set (a fork's {@link PrecompileRegistry#forSpec} with some replaced). */
    public Evm(SpecId spec, long chainId, PrecompileRegistry precompiles) {
        this.spec = spec;
        this.chainId = chainId;
        this.interpreter = new Interpreter(spec, chainId, precompiles);
    }

    public SpecId spec() {
        return spec;
    }

    public long chainId() {
        return chainId;
    }

    public PrecompileRegistry precompiles() {
        return interpreter.precompiles;
    }

    /** {@link #transact(Message, BlockEnv, StateDb, OperationTracer)} without tracing. */
    public ExecutionResult transact(Message msg, BlockEnv env, StateDb state) {
        return transact(msg, env, state, OperationTracer.NO_TRACING);
    }

    /**
     * Executes {@code msg}. Throws {@link TransactionRejectedException}, with the state untouched, when the gas
     * limit is below the intrinsic gas or EIP-7623 floor, init code is over the EIP-3860 limit, the caller cannot
     * pay {@code value}, or its nonce is at 2^64-1.
     */
    public ExecutionResult transact(Message msg, BlockEnv env, StateDb state, OperationTracer tracer) {
        EthereumFork fork = spec.ethereumFork();
        IntrinsicGas intrinsic = IntrinsicGas.of(msg.data(), msg.isCreate(), msg.accessList(),
                msg.authorizations().size(), fork);
        if (Long.compareUnsigned(msg.gasLimit(), intrinsic.gas()) < 0) {
            throw new TransactionRejectedException("gas limit " + Long.toUnsignedString(msg.gasLimit())
                    + " is below the intrinsic gas " + intrinsic.gas());
        }
        if (Long.compareUnsigned(msg.gasLimit(), intrinsic.floorGas()) < 0) {
            throw new TransactionRejectedException("gas limit " + Long.toUnsignedString(msg.gasLimit())
                    + " is below the EIP-7623 floor " + intrinsic.floorGas());
        }
        if (msg.isCreate() && fork.isAtLeast(EthereumFork.SHANGHAI) && msg.data().length > Interpreter.MAX_INITCODE_SIZE) {
            throw new TransactionRejectedException("init code of " + msg.data().length + " bytes is over the "
                    + Interpreter.MAX_INITCODE_SIZE + "-byte limit (EIP-3860)");
        }
        if (state.balance(msg.caller()).compareTo(msg.value()) < 0) {
            throw new TransactionRejectedException("sender " + msg.caller() + " has " + state.balance(msg.caller())
                    + " wei, less than the value " + msg.value());
        }
        long nonce = state.nonce(msg.caller());
        if (nonce == -1L) throw new TransactionRejectedException("sender nonce is at 2^64-1 (EIP-2681)");

        Interpreter in = interpreter;
        in.state = state;
        in.env = env;
        in.origin = msg.caller();
        in.gasPrice = msg.gasPrice();
        in.blobHashes = msg.blobHashes();
        in.tracer = tracer;

        state.warmAddress(msg.caller());
        if (msg.to() != null) state.warmAddress(msg.to());
        for (Address p : in.precompiles.addresses()) state.warmAddress(p);
        if (fork.isAtLeast(EthereumFork.SHANGHAI)) state.warmAddress(env.coinbase());
        for (AccessListEntry e : msg.accessList()) {
            state.warmAddress(e.address());
            for (Hash k : e.storageKeys()) state.warmSlot(e.address(), UInt256.fromBytes(k.unsafeBytes()));
        }
        for (Address a : msg.warmAddresses()) state.warmAddress(a);

        if (!msg.isCreate()) state.setNonce(msg.caller(), nonce + 1);
        if (fork.isAtLeast(EthereumFork.PRAGUE)) {
            for (Authorization auth : msg.authorizations()) applyAuthorization(auth, state);
            if (msg.to() != null) {
                byte[] code = state.code(msg.to());
                Address target = Interpreter.delegationTarget(code, code.length);
                if (target != null) state.warmAddress(target);
            }
        }

        long gas = msg.gasLimit() - intrinsic.gas();
        if (msg.isCreate()) {
            in.create(msg.caller(), msg.value(), msg.data(), gas, null, 0);
        } else {
            in.call(0xf1, msg.caller(), msg.to(), msg.to(), msg.value(), msg.data(), gas, false, 0);
        }
        int status = in.status;
        long gasUsed = msg.gasLimit() - in.gasLeft;
        long refund = Math.min(state.refund(), gasUsed / 5);
        gasUsed -= refund;
        if (gasUsed < intrinsic.floorGas()) {
            // EIP-7623 (final, EIPs#9227): the floor applies after the refund, which it absorbs
            gasUsed = intrinsic.floorGas();
            refund = 0;
        }
        List<Log> logs = status == Interpreter.ST_SUCCESS ? state.logs() : List.of();
        in.tracer = OperationTracer.NO_TRACING;
        return switch (status) {
            case Interpreter.ST_SUCCESS -> new ExecutionResult(ExecutionResult.Status.SUCCESS, null, gasUsed, refund,
                    in.output, logs, in.created);
            case Interpreter.ST_REVERT -> new ExecutionResult(ExecutionResult.Status.REVERT, null, gasUsed, refund,
                    in.output, logs, null);
            default -> new ExecutionResult(ExecutionResult.Status.HALT, in.halt, gasUsed, refund, Bytes.EMPTY, logs, null);
        };
    }

    /** EIP-7702: an invalid authorization is skipped, a valid one sets the authority's delegation. */
    private void applyAuthorization(Authorization auth, StateDb state) {
        if (!auth.chainId().isZero() && !auth.chainId().equals(UInt256.valueOf(chainId))) return;
        if (auth.nonce() == -1L) return;
        Address authority = auth.authority();
        if (authority == null) return;
        state.warmAddress(authority);
        byte[] code = state.code(authority);
        if (code.length != 0 && Interpreter.delegationTarget(code, code.length) == null) return;
        if (state.nonce(authority) != auth.nonce()) return;
        if (state.exists(authority)) state.addRefund(AUTH_EXISTING_ACCOUNT_REFUND);
        state.setNonce(authority, auth.nonce() + 1);
        if (auth.address().equals(Address.ZERO)) {
            state.setCode(authority, Bytes.EMPTY);
        } else {
            byte[] designator = new byte[23];
            designator[0] = (byte) 0xef;
            designator[1] = 0x01;
            System.arraycopy(auth.address().unsafeBytes(), 0, designator, 3, 20);
            state.setCode(authority, designator);
        }
    }

    /**
     * A system call (EIP-4788 beacon root, EIP-2935 history): {@link #SYSTEM_ADDRESS} calls {@code contract} with
     * {@code data} and {@link #SYSTEM_CALL_GAS}, no fees, no nonce, no intrinsic gas; then the transaction is
     * finalized. A contract without code makes it a no-op. Returns the call's outcome (gasUsed excludes nothing).
     */
    public ExecutionResult systemCall(Address contract, byte[] data, BlockEnv env, StateDb state) {
        if (state.code(contract).length == 0) {
            return new ExecutionResult(ExecutionResult.Status.SUCCESS, null, 0, 0, Bytes.EMPTY, List.of(), null);
        }
        Interpreter in = interpreter;
        in.state = state;
        in.env = env;
        in.origin = SYSTEM_ADDRESS;
        in.gasPrice = UInt256.ZERO;
        in.blobHashes = List.of();
        in.tracer = OperationTracer.NO_TRACING;
        state.warmAddress(contract);
        in.call(0xf1, SYSTEM_ADDRESS, contract, contract, UInt256.ZERO, data, SYSTEM_CALL_GAS, false, 0);
        ExecutionResult r = new ExecutionResult(
                in.status == Interpreter.ST_SUCCESS ? ExecutionResult.Status.SUCCESS
                        : in.status == Interpreter.ST_REVERT ? ExecutionResult.Status.REVERT : ExecutionResult.Status.HALT,
                in.halt, SYSTEM_CALL_GAS - in.gasLeft, 0, in.output,
                in.status == Interpreter.ST_SUCCESS ? state.logs() : List.of(), null);
        state.finalizeTransaction(true);
        return r;
    }

    /** The address a creation by {@code sender} at {@code nonce} deploys to (keccak(rlp([sender, nonce])))[12:]. */
    public static Address createAddress(Address sender, long nonce) {
        return Interpreter.createAddress(sender, nonce);
    }

    /** A thread with a stack deep enough for 1024 nested calls. */
    public static Thread newThread(Runnable r) {
        return new Thread(null, r, "kona4j-evm", 256L << 20);
    }
}
