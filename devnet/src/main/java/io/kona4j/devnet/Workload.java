package io.kona4j.devnet;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.deposits.UserDeposits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The user activity of a devnet, all derived from the seed: on L2 transfers to fresh addresses, a contract creation
 * and calls that write its storage, calls into the message passer (so its storage root, part of every output root,
 * moves); on L1 OptimismPortal deposits (value transfers with mint, and contract calls) sent by depositor accounts
 * that never transact on L2, so L2 nonces stay predictable.
 */
final class Workload {
    static final int USERS = 4;
    static final UInt256 TIP = UInt256.valueOf(1_000_000_000L);
    static final UInt256 MAX_FEE = UInt256.valueOf(100_000_000_000L);
    static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);

    /** A constructed L1 transaction with its receipt's gas and logs. */
    record L1Call(SignedTransaction tx, long gasUsed, List<Log> logs, String what) {}

    private final long seed;
    private final List<Keys> users = new ArrayList<>();
    private final Keys depositor;
    private final Map<Address, Long> nonces = new HashMap<>();
    private Address storageContract;

    Workload(long seed) {
        this.seed = seed;
        this.depositor = Keys.of(seed, "depositor");
    }

    void fund(List<Keys> funded) {
        users.addAll(funded);
    }

    private long nonce(Keys k) {
        long n = nonces.getOrDefault(k.address(), 0L);
        nonces.put(k.address(), n + 1);
        return n;
    }

    private Random random(long n, String what) {
        return new Random(seed * 1_000_003L + n * 31L + what.hashCode());
    }

    private Address fresh(long n, int i) {
        byte[] b = new byte[16];
        Bytes.writeLongBE(seed, b, 0);
        Bytes.writeLongBE(n * 16 + i, b, 8);
        return Address.of(Keccak256.digest(b), 12);
    }

    List<SignedTransaction> l2Transactions(long n, long t, RollupConfig rollup) {
        long chain = rollup.l2ChainId();
        List<SignedTransaction> out = new ArrayList<>();
        Keys deployer = users.get(0);
        if (storageContract == null) {
            long nonce = nonce(deployer);
            out.add(Signer.eip1559(deployer, chain, nonce, TIP, MAX_FEE, 300_000, null, UInt256.ZERO,
                    Asm.deployment(Contracts.storage())));
            storageContract = createAddress(deployer.address(), nonce);
            return out;
        }
        Random r = random(n, "l2");
        Keys sender = users.get(1);
        out.add(Signer.eip1559(sender, chain, nonce(sender), TIP, MAX_FEE, 21_000, fresh(n, 0),
                GWEI.mul(UInt256.valueOf(1 + r.nextInt(1000))), new byte[0]));
        Keys caller = users.get(2);
        byte[] call = Bytes.concat(UInt256.valueOf(n).toBytes32(), UInt256.valueOf(r.nextLong() >>> 1).toBytes32());
        out.add(Signer.eip1559(caller, chain, nonce(caller), TIP, MAX_FEE, 60_000, storageContract, UInt256.ZERO, call));
        if (n % 3 == 0) {
            Keys w = users.get(3);
            out.add(Signer.eip1559(w, chain, nonce(w), TIP, MAX_FEE, 60_000, Predeploys.L2_TO_L1_MESSAGE_PASSER,
                    UInt256.ZERO, UInt256.valueOf(n).toBytes32()));
        }
        return out;
    }

    List<L1Call> l1Calls(long n, long time, RollupConfig rollup) {
        List<L1Call> out = new ArrayList<>();
        if (n % 2 == 1) {
            Address to = fresh(n, 7);
            UInt256 mint = GWEI.mul(UInt256.valueOf(1_000_000));
            out.add(deposit(n, to, mint, mint, 100_000, false, new byte[0], rollup,
                    "deposit of 0.001 ETH to " + to.toChecksumHex()));
        }
        if (n % 4 == 3 && storageContract != null) {
            byte[] call = Bytes.concat(UInt256.valueOf(1_000_000 + n).toBytes32(), UInt256.valueOf(n).toBytes32());
            out.add(deposit(n, storageContract, UInt256.ZERO, UInt256.ZERO, 80_000, false, call, rollup,
                    "deposit calling the storage contract"));
        }
        return out;
    }

    private L1Call deposit(long n, Address to, UInt256 mint, UInt256 value, long gas, boolean creation, byte[] data,
                           RollupConfig rollup, String what) {
        Log log = UserDeposits.toLog(rollup.depositContractAddress(), depositor.address(), to, mint, value, gas,
                creation, data);
        // The L1 transaction that would have emitted it: a call to the portal carrying the same request.
        SignedTransaction tx = Signer.eip1559(depositor, rollup.l1ChainId(), nonce(depositor), TIP, MAX_FEE, 200_000,
                rollup.depositContractAddress(), value, data);
        return new L1Call(tx, 100_000, List.of(log), what);
    }

    /** The CREATE address of {@code sender} at {@code nonce} (nonce below 128): keccak256(rlp([sender, nonce]))[12:]. */
    static Address createAddress(Address sender, long nonce) {
        if (nonce >= 128) throw new DevnetException("createAddress for nonce " + nonce + " is not needed by the devnet");
        byte[] rlp = new byte[23];
        rlp[0] = (byte) 0xd6;
        rlp[1] = (byte) 0x94;
        System.arraycopy(sender.unsafeBytes(), 0, rlp, 2, 20);
        rlp[22] = nonce == 0 ? (byte) 0x80 : (byte) nonce;
        return Address.of(Keccak256.digest(rlp), 12);
    }
}
