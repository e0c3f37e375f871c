package io.kona4j.devnet;

import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Log;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import io.kona4j.protocol.sysconfig.SystemConfigUpdate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how the {@link Scenario}s of a config happen. Positions follow from the chain length ({@code l2Blocks}, six
 * L2 blocks per L1 block): failing deposits in L1 block 2, SystemConfig updates from about a quarter of the chain
 * (each at the first L1 block whose time has its fork active), the invalid Holocene batch near the middle (outside the
 * gap), the timed-out channel at two thirds (at a third when there is a gap) and the sequencing-window gap near the
 * end. What the L2 chain is at each of them is what the
 * OP specs say derivation makes of the L1 chain:
 * <ul>
 *   <li>failed deposits still bump the sender's nonce and keep the mint (Regolith), their receipts fail;</li>
 *   <li>SystemConfig updates take effect for the L2 blocks of the epochs from the L1 block holding them (the batcher
 *   address already for batcher transactions of that very L1 block);</li>
 *   <li>the block whose batch does not execute is its deposit-only replacement, the channel after it is flushed;</li>
 *   <li>a channel whose frames are not all in within the channel timeout is discarded, its blocks come again;</li>
 *   <li>blocks whose epoch's sequencing window passes without batches are deposit-only, the epoch advancing as soon as
 *   the block time reaches the next L1 block's time.</li>
 * </ul>
 */
final class Scenarios {
    /** The channel timeout of a {@link Scenario#CHANNEL_TIMEOUT} chain (before and after Granite). */
    static final long TIMEOUT_CHANNEL_TIMEOUT = 3;
    /** The sequencing window of a {@link Scenario#SEQUENCING_WINDOW_GAP} chain. */
    static final long GAP_SEQ_WINDOW = 6;
    static final long NEW_GAS_LIMIT = 25_000_000L;
    static final long EIP1559_DENOMINATOR = 100;
    static final long EIP1559_ELASTICITY = 4;
    static final long OPERATOR_FEE_SCALAR = 2_000;
    static final long OPERATOR_FEE_CONSTANT = 1_000_000_000L;
    /** The mint of each failing deposit. */
    static final UInt256 FAILING_MINT = UInt256.valueOf(1_000_000_000_000_000L);
    static final long FAILING_DEPOSITS_L1 = 2;

    private final DevnetConfig config;
    private final List<String> events;
    private final Keys newBatcher;
    private final Keys owner;
    private final Keys failingDepositor;
    private final Map<Address, Long> l1Nonces = new HashMap<>();
    private RollupConfig rollup;
    private long updatesFrom;
    private long invalidBlock = -1;
    private long timeoutFrom = -1;
    private boolean timeoutDone;
    private long gapFirstEpoch = -1;
    private long batcherChangeL1 = -1;

    Scenarios(DevnetConfig config, List<String> events) {
        this.config = config;
        this.events = events;
        this.newBatcher = Keys.of(config.seed(), "batcher2");
        this.owner = Keys.of(config.seed(), "system-config-owner");
        this.failingDepositor = Keys.of(config.seed(), "failing-depositor");
    }

    boolean has(Scenario s) {
        return config.has(s);
    }

    long seqWindowSize(long dflt) {
        return has(Scenario.SEQUENCING_WINDOW_GAP) ? GAP_SEQ_WINDOW : dflt;
    }

    long channelTimeout(long dflt) {
        return has(Scenario.CHANNEL_TIMEOUT) ? TIMEOUT_CHANNEL_TIMEOUT : dflt;
    }

    /** The L1 block epochs of the chain: about {@code l2Blocks / 6}. */
    private long epochs() {
        return config.l2Blocks() * DevnetConfig.L2_BLOCK_TIME / DevnetConfig.L1_BLOCK_TIME;
    }

    private static long l1Time(long n) {
        return DevnetConfig.L1_GENESIS_TIME + n * DevnetConfig.L1_BLOCK_TIME;
    }

    private static long l2Time(long n) {
        return DevnetConfig.L1_GENESIS_TIME + n * DevnetConfig.L2_BLOCK_TIME;
    }

    /** Fixes the positions once the rollup config is known; fails if the chain is too short for a scenario. */
    void start(RollupConfig rollup) {
        this.rollup = rollup;
        long epochs = epochs();
        updatesFrom = Math.max(3, epochs / 4);
        if (has(Scenario.BATCHER_CHANGE)) batcherChangeL1 = updatesFrom;
        if (has(Scenario.EIP1559_PARAMS)) firstActive(Hardfork.HOLOCENE, Scenario.EIP1559_PARAMS);
        if (has(Scenario.OPERATOR_FEE)) firstActive(Hardfork.ISTHMUS, Scenario.OPERATOR_FEE);
        if (has(Scenario.SEQUENCING_WINDOW_GAP)) {
            gapFirstEpoch = Math.max(2, 5 * epochs / 6 - 2);
            if (gapFirstEpoch + 3 > epochs) {
                throw new DevnetException("scenario SEQUENCING_WINDOW_GAP needs at least " + (gapFirstEpoch + 3) * 6
                        + " L2 blocks, got " + config.l2Blocks());
            }
        }
        if (has(Scenario.INVALID_BATCH)) {
            for (long b = Math.max(2, config.l2Blocks() / 2); b <= config.l2Blocks(); b++) {
                long t = l2Time(b);
                boolean activation = false;
                for (Hardfork f : Hardfork.values()) activation |= rollup.isFirstBlock(f, t);
                if (rollup.isHoloceneActive(t) && !activation && !inGap((t - DevnetConfig.L1_GENESIS_TIME)
                        / DevnetConfig.L1_BLOCK_TIME)) {
                    invalidBlock = b;
                    break;
                }
            }
            if (invalidBlock < 0) {
                throw new DevnetException("scenario INVALID_BATCH needs Holocene active in the second half of the "
                        + config.l2Blocks() + "-block chain");
            }
        }
        // Two thirds into the chain, or a third with a gap (its first channels must go right after it).
        if (has(Scenario.CHANNEL_TIMEOUT)) {
            timeoutFrom = Math.max(2, (has(Scenario.SEQUENCING_WINDOW_GAP) ? 1 : 2) * config.l2Blocks() / 3);
        }
    }

    private long firstActive(Hardfork fork, Scenario s) {
        for (long n = updatesFrom; n < epochs(); n++) {
            if (rollup.isActive(fork, l1Time(n))) return n;
        }
        throw new DevnetException("scenario " + s + " needs " + fork + " active within the chain's L1 blocks "
                + updatesFrom + ".." + epochs());
    }

    // ---------------------------------------------------------------- L1

    /** The scenario transactions of L1 block {@code n}: failing deposits and SystemConfig updates. */
    List<Workload.L1Call> l1Calls(long n) {
        List<Workload.L1Call> out = new ArrayList<>();
        if (has(Scenario.FAILING_DEPOSITS) && n == FAILING_DEPOSITS_L1) {
            // Creation whose init code reverts (PUSH1 0 PUSH1 0 REVERT); the value is not transferred, the mint stays.
            out.add(deposit(Address.ZERO, UInt256.valueOf(500_000_000_000_000L), 100_000, true,
                    new byte[] {0x60, 0x00, 0x60, 0x00, (byte) 0xfd}, "failing deposit: contract creation that reverts"));
            // Gas below the intrinsic cost of its own calldata (21,000 + 64 non-zero bytes × 16).
            byte[] data = new byte[64];
            java.util.Arrays.fill(data, (byte) 0x11);
            out.add(deposit(fresh(n), UInt256.ZERO, 21_000, false, data,
                    "failing deposit: gas limit 21,000 below its intrinsic gas"));
            // Enough for the call, not for the new storage slot the storage contract writes.
            Address storage = Workload.createAddress(Keys.of(config.seed(), "user0").address(), 0);
            out.add(deposit(storage, UInt256.ZERO, 30_000, false,
                    Bytes.concat(UInt256.valueOf(0xdead).toBytes32(), UInt256.ONE.toBytes32()),
                    "failing deposit: storage write out of gas"));
        }
        if (n == batcherChangeL1) {
            out.add(update(new SystemConfigUpdate.Batcher(newBatcher.address()), "setBatcherHash(bytes32)",
                    newBatcher.address().toWord(), "SystemConfig batcher → " + newBatcher.address().toChecksumHex()));
        }
        if (has(Scenario.GAS_LIMIT_CHANGE) && n == updatesFrom) {
            out.add(update(new SystemConfigUpdate.GasLimit(NEW_GAS_LIMIT), "setGasLimit(uint64)",
                    UInt256.valueOf(NEW_GAS_LIMIT).toBytes32(), "SystemConfig gas limit → " + NEW_GAS_LIMIT));
        }
        if (has(Scenario.EIP1559_PARAMS) && n == firstActive(Hardfork.HOLOCENE, Scenario.EIP1559_PARAMS)) {
            out.add(update(new SystemConfigUpdate.Eip1559Params(EIP1559_DENOMINATOR, EIP1559_ELASTICITY),
                    "setEIP1559Params(uint32,uint32)", Bytes.concat(UInt256.valueOf(EIP1559_DENOMINATOR).toBytes32(),
                            UInt256.valueOf(EIP1559_ELASTICITY).toBytes32()),
                    "SystemConfig EIP-1559 params → denominator " + EIP1559_DENOMINATOR + ", elasticity "
                            + EIP1559_ELASTICITY));
        }
        if (has(Scenario.OPERATOR_FEE) && n == firstActive(Hardfork.ISTHMUS, Scenario.OPERATOR_FEE)) {
            out.add(update(new SystemConfigUpdate.OperatorFeeParams(OPERATOR_FEE_SCALAR, OPERATOR_FEE_CONSTANT),
                    "setOperatorFeeScalars(uint32,uint64)", Bytes.concat(UInt256.valueOf(OPERATOR_FEE_SCALAR).toBytes32(),
                            UInt256.valueOf(OPERATOR_FEE_CONSTANT).toBytes32()),
                    "SystemConfig operator fee → scalar " + OPERATOR_FEE_SCALAR + ", constant " + OPERATOR_FEE_CONSTANT));
        }
        return out;
    }

    /** The L1 block from which the SystemConfig updates of the config are in (-1 if there is none of that kind). */
    long updateBlock(Scenario s) {
        return switch (s) {
            case BATCHER_CHANGE -> batcherChangeL1;
            case GAS_LIMIT_CHANGE -> has(s) ? updatesFrom : -1;
            case EIP1559_PARAMS -> has(s) ? firstActive(Hardfork.HOLOCENE, s) : -1;
            case OPERATOR_FEE -> has(s) ? firstActive(Hardfork.ISTHMUS, s) : -1;
            default -> throw new DevnetException(s + " is not a SystemConfig update");
        };
    }

    private Address fresh(long n) {
        byte[] b = new byte[16];
        Bytes.writeLongBE(config.seed(), b, 0);
        Bytes.writeLongBE(n, b, 8);
        return Address.of(Keccak256.digest(Bytes.concat("failing".getBytes(StandardCharsets.UTF_8), b)), 12);
    }

    private long nonce(Keys k) {
        long v = l1Nonces.getOrDefault(k.address(), 0L);
        l1Nonces.put(k.address(), v + 1);
        return v;
    }

    private Workload.L1Call deposit(Address to, UInt256 value, long gas, boolean creation, byte[] data, String what) {
        Log log = UserDeposits.toLog(rollup.depositContractAddress(), failingDepositor.address(), to, FAILING_MINT,
                value, gas, creation, data);
        SignedTransaction tx = Signer.eip1559(failingDepositor, rollup.l1ChainId(), nonce(failingDepositor),
                Workload.TIP, Workload.MAX_FEE, 200_000, rollup.depositContractAddress(), FAILING_MINT, data);
        return new Workload.L1Call(tx, 100_000, List.of(log), what);
    }

    private Workload.L1Call update(SystemConfigUpdate u, String setter, byte[] args, String what) {
        byte[] selector = java.util.Arrays.copyOf(Keccak256.digest(setter.getBytes(StandardCharsets.US_ASCII)), 4);
        SignedTransaction tx = Signer.eip1559(owner, rollup.l1ChainId(), nonce(owner), Workload.TIP, Workload.MAX_FEE,
                100_000, rollup.l1SystemConfigAddress(), UInt256.ZERO, Bytes.concat(selector, args));
        return new Workload.L1Call(tx, 50_000, List.of(SystemConfigLogs.encode(rollup.l1SystemConfigAddress(), u)),
                what);
    }

    /** The account the failing deposits come from (it sends nothing else). */
    Address failingDepositor() {
        return failingDepositor.address();
    }

    // ---------------------------------------------------------------- L2 sequencing

    /** True if L2 block {@code number} with L1 origin {@code epoch} must be sequenced with its deposits only. */
    boolean depositOnly(long number, long epoch) {
        if (number == invalidBlock) {
            events.add("L2 #" + number + ": deposit-only (its batch carries a transaction with a used nonce)");
            return true;
        }
        if (inGap(epoch)) {
            events.add("L2 #" + number + ": deposit-only (epoch " + epoch + " passes its sequencing window without "
                    + "batches)");
            return true;
        }
        return false;
    }

    private boolean inGap(long epoch) {
        return gapFirstEpoch >= 0 && epoch >= gapFirstEpoch && epoch <= gapFirstEpoch + 1;
    }

    // ---------------------------------------------------------------- batcher

    /** The key the batcher signs with in L1 block {@code n}. */
    Keys batcherKey(long n, Keys initial) {
        return batcherChangeL1 >= 0 && n >= batcherChangeL1 ? newBatcher : initial;
    }

    /** False for blocks the batcher never posts (those derivation makes deposit-only past the sequencing window). */
    boolean batched(L2BlockData b) {
        return !inGap(b.info().l1Origin().number());
    }

    /** The first L1 block that may carry the channel starting with {@code first}. */
    long notBefore(L2BlockData first) {
        if (gapFirstEpoch >= 0 && first.info().l1Origin().number() > gapFirstEpoch + 1) {
            return gapFirstEpoch + 1 + GAP_SEQ_WINDOW + 1;
        }
        return 0;
    }

    /** True if a channel must end after {@code b}. */
    boolean channelEndsAfter(L2BlockData b) {
        return b.number() == invalidBlock;
    }

    /**
     * The batch transactions for {@code b}: its own non-deposit transactions, or for the invalid-batch block one
     * already-included transaction of an earlier block (its nonce is used, so the payload fails to build).
     */
    List<byte[]> batchTransactions(L2BlockData b, ChainView chains) {
        if (b.number() == invalidBlock) {
            for (long n = b.number() - 1; n > 0; n--) {
                for (Transaction t : chains.l2.get((int) n).block().transactions()) {
                    if (!(t instanceof DepositTransaction)) {
                        events.add("L2 #" + b.number() + ": batch replays a transaction of L2 #" + n + " (nonce used)");
                        return List.of(t.encode());
                    }
                }
            }
            throw new DevnetException("no user transaction before L2 #" + b.number() + " to replay");
        }
        List<byte[]> txs = new ArrayList<>();
        for (Transaction t : b.block().transactions()) if (!(t instanceof DepositTransaction)) txs.add(t.encode());
        return txs;
    }

    /** True once, for the first channel at or after the timeout position: it is sent to time out. */
    boolean timesOut(L2BlockData first) {
        if (timeoutFrom < 0 || timeoutDone || first.number() < timeoutFrom) return false;
        timeoutDone = true;
        return true;
    }
}
