package io.kona4j.devnet;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.deposits.UserDeposits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The user activity of a devnet, all derived from the seed: on L2 transfers to fresh addresses, contract creations
 * and calls that write storage (some storage-heavy), calls into the message passer (so its storage root, part of
 * every output root, moves), precompile calls and the fork-specific transactions {@link #l2Transactions} lists, each
 * role sent by its own user so nonces are predictable; on L1 OptimismPortal deposits (value transfers with mint, and contract calls) sent by depositor accounts
 * that never transact on L2, so L2 nonces stay predictable.
 */
final class Workload {
    static final int USERS = 6;
    /** Slots the storage-heavy call writes. */
    static final int STORAGE_HEAVY_WRITES = 20;
    /** The delegator's storage slot the EIP-7702 transaction writes (through the delegated storage contract). */
    static final long SET_CODE_SLOT = 0x7702;
    /** The delegator's storage slot the later plain call through the delegated EOA writes. */
    static final long DELEGATED_CALL_SLOT = 0x7703;
    /** Pairs of a pairing input just over Granite's limit of 112,687 bytes (587 · 192 = 112,704). */
    static final int GRANITE_PAIRS = 587;
    /** Pairs of a pairing input just over Jovian's limit of 81,984 bytes (428 · 192 = 82,176). */
    static final int JOVIAN_PAIRS = 428;
    /** The prober slots of the over-the-limit pairings, probed in the blocks just before and at Granite and Jovian. */
    static final long GRANITE_PAIRING_SLOT = 0x0801;
    static final long JOVIAN_PAIRING_SLOT = 0x0802;
    /** The create2Deployer Canyon installs (PROTOCOL.md §2.2). */
    static final Address CREATE2_DEPLOYER = Address.fromHex("0x13b0D85CcB8bf860b6b79AF3029fCA081AE9beF2");
    /** The salt of the workload's CREATE2 deployment through the create2Deployer. */
    static final byte[] CREATE2_SALT = Keccak256.digest("kona4j devnet create2".getBytes(StandardCharsets.UTF_8));
    /** The slot the call into the PUSH0 contract writes. */
    static final long PUSH0_SLOT = 5;
    /** The GasPriceOracle's flag getters, each probed around its fork. */
    static final List<Map.Entry<Hardfork, String>> GPO_FLAGS = List.of(Map.entry(Hardfork.ECOTONE, "isEcotone()"),
            Map.entry(Hardfork.FJORD, "isFjord()"), Map.entry(Hardfork.ISTHMUS, "isIsthmus()"),
            Map.entry(Hardfork.JOVIAN, "isJovian()"));
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
    private Address storageHeavyContract;
    private Address proberContract;
    private Address push0Contract;
    private Address cancunContract;

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

    /**
     * The user transactions of L2 block {@code n} at time {@code t}, nonces in order per sender. Block 1 deploys the
     * storage, storage-heavy and prober contracts; every later block carries a transfer to a fresh address, a storage
     * write, a precompile call (ecrecover, sha256, bn254 add and mul in turn), every third a message-passer call,
     * every fourth a storage-heavy call. Fork-specific: P256VERIFY in every block from the one before Fjord, a
     * BLS12-381 G1ADD in every block from the one before Isthmus (before the fork the address answers nothing), the
     * GasPriceOracle.s {@code isEcotone/isFjord/isIsthmus/isJovian()} probed in the blocks around each fork, and after
     * Isthmus an EIP-7702 set-code transaction delegating the unfunded "delegator" EOA to the storage contract, then a
     * plain call through that EOA. After Canyon user0 deploys PUSH0 code through the create2Deployer and calls it;
     * after Ecotone it creates a contract using TSTORE/TLOAD, MCOPY and BLOBBASEFEE and calls it. user0's nonces:
     * 0–2 the block-1 deployments, 3 the create2Deployer call, 4 the PUSH0 call, 5 the Cancun-opcodes creation.
     */
    List<SignedTransaction> l2Transactions(long n, long t, RollupConfig rollup) {
        long chain = rollup.l2ChainId();
        List<SignedTransaction> out = new ArrayList<>();
        Keys deployer = users.get(0);
        if (storageContract == null) {
            long nonce = nonce(deployer);
            out.add(Signer.eip1559(deployer, chain, nonce, TIP, MAX_FEE, 300_000, null, UInt256.ZERO,
                    Asm.deployment(Contracts.storage())));
            storageContract = createAddress(deployer.address(), nonce);
            nonce = nonce(deployer);
            out.add(Signer.eip1559(deployer, chain, nonce, TIP, MAX_FEE, 300_000, null, UInt256.ZERO,
                    Asm.deployment(Contracts.storageHeavy())));
            storageHeavyContract = createAddress(deployer.address(), nonce);
            nonce = nonce(deployer);
            out.add(Signer.eip1559(deployer, chain, nonce, TIP, MAX_FEE, 300_000, null, UInt256.ZERO,
                    Asm.deployment(Contracts.prober())));
            proberContract = createAddress(deployer.address(), nonce);
            return out;
        }
        Random r = random(n, "l2");
        Keys sender = users.get(1);
        out.add(Signer.eip1559(sender, chain, nonce(sender), TIP, MAX_FEE, 21_000, fresh(n, 0),
                GWEI.mul(UInt256.valueOf(1 + r.nextInt(1000))), new byte[0]));
        Keys caller = users.get(2);
        byte[] call = Bytes.concat(UInt256.valueOf(n).toBytes32(), UInt256.valueOf(r.nextLong() >>> 1).toBytes32());
        out.add(Signer.eip1559(caller, chain, nonce(caller), TIP, MAX_FEE, 60_000, storageContract, UInt256.ZERO, call));
        Keys w = users.get(3);
        if (n % 3 == 0) {
            out.add(Signer.eip1559(w, chain, nonce(w), TIP, MAX_FEE, 60_000, Predeploys.L2_TO_L1_MESSAGE_PASSER,
                    UInt256.ZERO, UInt256.valueOf(n).toBytes32()));
        }
        if (n % 4 == 2) {
            out.add(Signer.eip1559(w, chain, nonce(w), TIP, MAX_FEE, 30_000 + STORAGE_HEAVY_WRITES * 25_000L,
                    storageHeavyContract, UInt256.ZERO, UInt256.valueOf(STORAGE_HEAVY_WRITES).toBytes32()));
        }
        Keys prober = users.get(4);
        List<Precompiles.Call> classic = Precompiles.classic(seed);
        out.add(probe(prober, chain, classic.get((int) (n % classic.size())), null));
        long next = t + rollup.blockTime();
        if (rollup.isFjordActive(next)) out.add(probe(prober, chain, Precompiles.p256Verify(seed), null));
        if (rollup.isIsthmusActive(next)) out.add(probe(prober, chain, Precompiles.blsG1Add(), null));
        for (Map.Entry<Hardfork, String> f : GPO_FLAGS) {
            Long at = rollup.hardForks().time(f.getKey());
            if (at != null && t >= at - rollup.blockTime() && t <= at + rollup.blockTime()) {
                byte[] sel = selector(f.getValue());
                out.add(probe(prober, chain, new Precompiles.Call(Predeploys.GAS_PRICE_ORACLE, sel),
                        UInt256.fromBytes(sel)));
            }
        }
        Long granite = rollup.hardForks().time(Hardfork.GRANITE);
        if (granite != null && (t == granite - rollup.blockTime() || t == granite)) {
            out.add(pairingProbe(prober, chain, GRANITE_PAIRS, GRANITE_PAIRING_SLOT));
        }
        Long jovian = rollup.hardForks().time(Hardfork.JOVIAN);
        if (jovian != null && (t == jovian - rollup.blockTime() || t == jovian + rollup.blockTime())) {
            out.add(pairingProbe(prober, chain, JOVIAN_PAIRS, JOVIAN_PAIRING_SLOT));
        }
        Long canyon = rollup.hardForks().time(Hardfork.CANYON);
        if (canyon != null && t == canyon + rollup.blockTime()) {
            byte[] data = Bytes.concat(selector("deploy(uint256,bytes32,bytes)"), UInt256.ZERO.toBytes32(), CREATE2_SALT,
                    UInt256.valueOf(0x60).toBytes32(), abiBytes(Asm.deployment(Contracts.push0Storage())));
            out.add(Signer.eip1559(deployer, chain, nonce(deployer), TIP, MAX_FEE, 300_000, CREATE2_DEPLOYER,
                    UInt256.ZERO, data));
            push0Contract = create2Address(CREATE2_DEPLOYER, CREATE2_SALT, Asm.deployment(Contracts.push0Storage()));
        } else if (push0Contract != null && canyon != null && t == canyon + 2 * rollup.blockTime()) {
            out.add(Signer.eip1559(deployer, chain, nonce(deployer), TIP, MAX_FEE, 60_000, push0Contract, UInt256.ZERO,
                    Bytes.concat(UInt256.valueOf(PUSH0_SLOT).toBytes32(), UInt256.valueOf(n).toBytes32())));
        }
        Long ecotone = rollup.hardForks().time(Hardfork.ECOTONE);
        if (ecotone != null && t == ecotone + rollup.blockTime()) {
            long nonce = nonce(deployer);
            out.add(Signer.eip1559(deployer, chain, nonce, TIP, MAX_FEE, 300_000, null, UInt256.ZERO,
                    Asm.deployment(Contracts.cancunOpcodes())));
            cancunContract = createAddress(deployer.address(), nonce);
        } else if (cancunContract != null && ecotone != null && t == ecotone + 2 * rollup.blockTime()) {
            out.add(Signer.eip1559(deployer, chain, nonce(deployer), TIP, MAX_FEE, 100_000, cancunContract,
                    UInt256.ZERO, UInt256.valueOf(n).toBytes32()));
        }
        Long isthmus = rollup.hardForks().time(Hardfork.ISTHMUS);
        Keys sponsor = users.get(5);
        if (isthmus != null && t == isthmus + rollup.blockTime()) {
            Keys delegator = delegator();
            var auth = Signer.authorization(delegator, chain, storageContract, 0);
            byte[] data = Bytes.concat(UInt256.valueOf(SET_CODE_SLOT).toBytes32(), UInt256.valueOf(n).toBytes32());
            out.add(Signer.eip7702(sponsor, chain, nonce(sponsor), TIP, MAX_FEE, 100_000, delegator.address(), data,
                    List.of(auth)));
        } else if (isthmus != null && t == isthmus + 2 * rollup.blockTime()) {
            byte[] data = Bytes.concat(UInt256.valueOf(DELEGATED_CALL_SLOT).toBytes32(), UInt256.valueOf(n).toBytes32());
            out.add(Signer.eip1559(sponsor, chain, nonce(sponsor), TIP, MAX_FEE, 60_000, delegator().address(),
                    UInt256.ZERO, data));
        }
        return out;
    }

    private SignedTransaction probe(Keys k, long chain, Precompiles.Call c, UInt256 slot) {
        return probe(k, chain, c, slot, 100_000);
    }

    private SignedTransaction probe(Keys k, long chain, Precompiles.Call c, UInt256 slot, long gas) {
        UInt256 at = slot == null ? UInt256.fromBytes(c.precompile().toWord()) : slot;
        byte[] data = Bytes.concat(UInt256.fromBytes(c.precompile().toWord()).toBytes32(), at.toBytes32(), c.input());
        return Signer.eip1559(k, chain, nonce(k), TIP, MAX_FEE, gas, proberContract, UInt256.ZERO, data);
    }

    /**
     * A bn254 pairing of {@code pairs} pairs of points at infinity (EIP-197: true, the word 1) whose input is just
     * over a fork's size limit, so it answers before the fork and fails from it; gas for the Istanbul price with the
     * 1/64 the call keeps, the calldata and the prober's own work.
     */
    private SignedTransaction pairingProbe(Keys k, long chain, int pairs, long slot) {
        long pairingGas = 45_000L + 34_000L * pairs;
        long gas = pairingGas + pairingGas / 63 + 4L * 192 * pairs + 200_000;
        return probe(k, chain, new Precompiles.Call(Precompiles.BN254_PAIRING, new byte[192 * pairs]),
                UInt256.valueOf(slot), gas);
    }

    /** The EOA that signs the EIP-7702 authorization; it never sends a transaction. */
    Keys delegator() {
        return Keys.of(seed, "delegator");
    }

    Address storageContract() {
        return storageContract;
    }

    Address proberContract() {
        return proberContract;
    }

    static byte[] selector(String signature) {
        return Arrays.copyOf(Keccak256.digest(signature.getBytes(StandardCharsets.UTF_8)), 4);
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

    /** EIP-1014: {@code keccak256(0xff ‖ deployer ‖ salt ‖ keccak256(initCode))[12:]}. */
    static Address create2Address(Address deployer, byte[] salt, byte[] initCode) {
        byte[] h = Keccak256.digest(Bytes.concat(new byte[] {(byte) 0xff}, deployer.toArray(), salt,
                Keccak256.digest(initCode)));
        return Address.of(h, 12);
    }

    /** The ABI tail of a {@code bytes} argument: its length word, then the bytes zero-padded to 32. */
    static byte[] abiBytes(byte[] b) {
        return Bytes.concat(UInt256.valueOf(b.length).toBytes32(), Arrays.copyOf(b, (b.length + 31) / 32 * 32));
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
