package io.kona4j.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.Predeploys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One devnet crossing every OP fork (Bedrock → … → Jovian): each activation at its block, what each upgrade leaves
 * in state checked against the values the OP specs and EIPs publish (implementation addresses, code hashes, storage
 * layouts, fee formulas), and an honest claim at every fork boundary proven natively over the loopback RPC server,
 * one altered claim rejected.
 */
class ForksTest {
    static final long SEED = 7;
    static final int BLOCKS = DevnetConfig.ALL_FORKS_MIN_BLOCKS + 4;
    static Devnet d;

    @BeforeAll
    static void build() {
        d = Devnet.build(DevnetConfig.allForks(SEED, BLOCKS));
        System.out.printf("all-forks devnet: %d L2 blocks, %d L1 blocks, built in %d ms%n", d.l2Blocks().size(),
                d.l1Blocks().size(), d.buildNanos() / 1_000_000);
    }

    @AfterAll
    static void release() {
        d = null;
    }

    static long at(Hardfork f) {
        return DevnetConfig.allForksActivationBlock(f);
    }

    static L2State state(long block) {
        return new L2State(d, block);
    }

    static Address implementation(long block, Address proxy) {
        return Address.of(state(block).storage(proxy, Contracts.IMPLEMENTATION_SLOT).toBytes32(), 12);
    }

    static Header origin(long l2Block) {
        return d.l1Block(d.l2Block(l2Block).info().l1Origin().hash()).header();
    }

    static UInt256 keccakWord(long v) {
        return UInt256.fromBytes(Keccak256.digest(UInt256.valueOf(v).toBytes32()));
    }

    static final UInt256 KECCAK_EMPTY = UInt256.fromBytes(Keccak256.digest(new byte[0]));

    // ------------------------------------------------------------------ schedule

    @Test
    void everyForkActivatesAtItsOwnBlock() {
        long genesis = d.l2Block(0).header().timestamp();
        long previous = 0;
        for (Hardfork f : DevnetConfig.ALL_FORKS) {
            long n = at(f);
            assertThat(n).as(f + " after the previous fork").isGreaterThan(previous);
            previous = n;
            assertThat(d.events()).as(f.name()).contains("L2 #" + n + ": " + f + " activates");
            long forkTime = d.rollupConfig().hardForks().time(f);
            assertThat(forkTime).isEqualTo(genesis + n * DevnetConfig.L2_BLOCK_TIME);
            assertThat(d.l2Block(n).header().timestamp()).isGreaterThanOrEqualTo(forkTime);
            assertThat(d.l2Block(n - 1).header().timestamp()).isLessThan(forkTime);
        }
        assertThat(d.l2Blocks()).hasSize(BLOCKS + 1);
        assertThat(d.events()).noneMatch(e -> e.contains("failed"));
    }

    @Test
    void everyTransactionOfTheChainSucceeds() {
        int deposits = 0;
        int user = 0;
        for (L2BlockData b : d.l2Blocks()) {
            for (int i = 0; i < b.receipts().size(); i++) {
                assertThat(b.receipts().get(i).status()).as("L2 #" + b.number() + " tx " + i).isTrue();
                if (b.block().transactions().get(i) instanceof DepositTransaction) deposits++;
                else user++;
            }
        }
        // 6 + 3 + 8 + 5 upgrade deposits (Ecotone, Fjord, Isthmus, Jovian) plus one L1-info deposit per block
        assertThat(deposits).isGreaterThan(22 + BLOCKS);
        assertThat(user).isGreaterThan(4 * BLOCKS);
    }

    // ------------------------------------------------------------------ deposits and receipts

    /**
     * Deposits across Regolith and Canyon (PROTOCOL.md §1.10, §2.1): the L1-info deposit is a 150M-gas system
     * transaction using no gas before Regolith and a 1M-gas ordinary one after; deposit receipts carry the sender's
     * nonce before execution from Regolith and the receipt version 1 from Canyon.
     */
    @Test
    void depositsAndTheirReceiptsFollowRegolithAndCanyon() {
        var rc = d.rollupConfig();
        Map<Address, Long> nonces = new HashMap<>();
        Address depositor = Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001");
        for (long n = 1; n <= BLOCKS; n++) {
            L2BlockData b = d.l2Block(n);
            long t = b.header().timestamp();
            DepositTransaction info = (DepositTransaction) b.block().transactions().get(0);
            assertThat(info.from()).isEqualTo(depositor);
            assertThat(info.to()).isEqualTo(Predeploys.L1_BLOCK);
            boolean regolith = rc.isRegolithActive(t);
            assertThat(info.gasLimit()).as("L2 #" + n).isEqualTo(regolith ? 1_000_000L : 150_000_000L);
            assertThat(info.isSystemTransaction()).as("L2 #" + n).isEqualTo(!regolith);
            long infoGas = b.receipts().get(0).cumulativeGasUsed();
            if (regolith) assertThat(infoGas).isBetween(21_000L, 1_000_000L);
            else assertThat(infoGas).isZero();
            for (int i = 0; i < b.receipts().size(); i++) {
                Transaction tx = b.block().transactions().get(i);
                if (!(tx instanceof DepositTransaction dep)) continue;
                var r = b.receipts().get(i);
                long before = nonces.getOrDefault(dep.from(), 0L);
                nonces.put(dep.from(), before + 1);
                assertThat(r.depositNonce()).as("L2 #" + n + " tx " + i).isEqualTo(regolith ? before : null);
                assertThat(r.depositReceiptVersion()).as("L2 #" + n + " tx " + i)
                        .isEqualTo(rc.isCanyonActive(t) ? 1L : null);
            }
        }
        assertThat(nonces.get(depositor)).as("L1-info deposits and the GasPriceOracle set calls")
                .isEqualTo(BLOCKS + 4L);
        assertThat(state(BLOCKS).account(depositor).nonce()).isEqualTo(BLOCKS + 4L);
    }

    /**
     * Every L2 header's receipts root and bloom from receipts encoded here as the specs say (EIP-2718 type byte,
     * {@code rlp([status, cumulativeGas, bloom, logs])}, deposits from Canyon with {@code depositNonce} and the version
     * appended, and between Regolith and Canyon without the nonce: op-geth's quirk, PROTOCOL.md §2.1), the bloom
     * computed per the Yellow Paper (three 11-bit indices from keccak of each address and topic).
     */
    @Test
    void receiptsRootsAndBloomsFollowTheSpecEncodingAcrossForks() {
        for (long n = 1; n <= BLOCKS; n++) {
            L2BlockData b = d.l2Block(n);
            List<byte[]> items = new ArrayList<>();
            byte[] blockBloom = new byte[256];
            for (var r : b.receipts()) {
                byte[] bloom = new byte[256];
                RlpWriter logs = new RlpWriter().startList();
                for (var log : r.logs()) {
                    addToBloom(bloom, log.address().toArray());
                    logs.startList().writeBytes(log.address().toArray()).startList();
                    for (Hash topic : log.topics()) {
                        addToBloom(bloom, topic.toArray());
                        logs.writeBytes(topic.toArray());
                    }
                    logs.endList().writeBytes(log.data()).endList();
                }
                logs.endList();
                RlpWriter w = new RlpWriter().startList()
                        .writeLong(r.status() ? 1 : 0).writeLong(r.cumulativeGasUsed()).writeBytes(bloom)
                        .writeRaw(logs.toByteArray());
                if (r.depositReceiptVersion() != null) {
                    w.writeLong(r.depositNonce()).writeLong(r.depositReceiptVersion());
                }
                byte[] payload = w.endList().toByteArray();
                int type = r.type() == TxType.DEPOSIT ? 0x7e
                        : r.type() == TxType.EIP1559 ? 2
                        : r.type() == TxType.EIP7702 ? 4 : -1;
                assertThat(type).as("L2 #" + n + " receipt type " + r.type()).isPositive();
                items.add(Bytes.concat(new byte[] {(byte) type}, payload));
                assertThat(r.logsBloom().toArray()).isEqualTo(bloom);
                for (int i = 0; i < 256; i++) blockBloom[i] |= bloom[i];
            }
            assertThat(b.header().receiptsRoot()).as("L2 #" + n).isEqualTo(OrderedListTrie.root(items));
            assertThat(b.header().logsBloom().toArray()).as("L2 #" + n).isEqualTo(blockBloom);
        }
    }

    static void addToBloom(byte[] bloom, byte[] value) {
        byte[] h = Keccak256.digest(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
            bloom[255 - bit / 8] |= (byte) (1 << (bit % 8));
        }
    }

    // ------------------------------------------------------------------ fees

    @Test
    void flzLengthPortReproducesOpGethVectors() {
        assertThat(FlzLength.of(new byte[0])).isZero();
        byte[] ones = new byte[1000];
        Arrays.fill(ones, (byte) 1);
        assertThat(FlzLength.of(ones)).isEqualTo(21);
        assertThat(FlzLength.of(new byte[1000])).isEqualTo(21);
    }

    /** Every block's fee vaults move by the spec formulas of its fork ({@link SpecChecks#feeVaults}). */
    @Test
    void feeVaultsCollectWhatTheSpecFormulasGiveAcrossEveryFork() {
        SpecChecks.feeVaults(d);
    }

    /** Every block's base fee follows the EIP-1559 rule of its parent's fork ({@link SpecChecks#baseFees}). */
    @Test
    void baseFeesFollowTheParentsEip1559RulesAcrossEveryFork() {
        SpecChecks.baseFees(d);
    }

    // ------------------------------------------------------------------ L1

    @Test
    void l1HeadersCarryCancunAndPragueFieldsAndTheEip4844ExcessBlobGas() {
        assertThat(d.l1Config().cancunTime()).isLessThanOrEqualTo(d.l1Blocks().get(0).header().timestamp());
        assertThat(d.l1Config().pragueTime()).isGreaterThan(d.l1Config().cancunTime())
                .isLessThanOrEqualTo(d.rollupConfig().hardForks().isthmus());
        Header prev = null;
        for (L1BlockData b : d.l1Blocks()) {
            Header h = b.header();
            assertThat(h.parentBeaconBlockRoot()).isNotNull();
            assertThat(h.withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
            assertThat(h.blobGasUsed()).isEqualTo(131_072L * b.blobs().size());
            boolean prague = h.timestamp() >= d.l1Config().pragueTime();
            // EIP-7685: an L1 Prague block commits to its (empty) requests, sha256("")
            assertThat(h.requestsHash()).isEqualTo(prague
                    ? Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") : null);
            if (prev != null) {
                assertThat(h.parentHash()).isEqualTo(prev.hash());
                // EIP-4844 calc_excess_blob_gas, target 3 blobs on Cancun, 6 from Prague (EIP-7691)
                long target = prague ? 786_432 : 393_216;
                long sum = prev.excessBlobGas() + prev.blobGasUsed();
                assertThat(h.excessBlobGas()).isEqualTo(sum < target ? 0 : sum - target);
            } else {
                assertThat(h.excessBlobGas()).isPositive();
            }
            prev = h;
        }
    }

    /** EIP-4844 {@code fake_exponential}. */
    static BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator) {
        BigInteger output = BigInteger.ZERO;
        BigInteger acc = factor.multiply(denominator);
        for (int i = 1; acc.signum() > 0; i++) {
            output = output.add(acc);
            acc = acc.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
        }
        return output.divide(denominator);
    }

    // ------------------------------------------------------------------ Canyon

    @Test
    void canyonSetsTheCreate2Deployer() {
        Address create2 = Address.fromHex("0x13b0D85CcB8bf860b6b79AF3029fCA081AE9beF2");
        assertThat(state(at(Hardfork.CANYON) - 1).codeHash(create2)).isEqualTo(Hash.EMPTY_CODE_HASH);
        assertThat(state(at(Hardfork.CANYON)).codeHash(create2))
                .isEqualTo(Hash.fromHex("0xb0550b5b431e30d38000efb7107aaa0ade03d48a7198a140edda9d27134468b2"));
        assertThat(d.l2Block(at(Hardfork.CANYON) - 1).header().withdrawalsRoot()).isNull();
        assertThat(d.l2Block(at(Hardfork.CANYON)).header().withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
    }

    /** A CREATE2 deployment through the create2Deployer after Canyon, of code using PUSH0 (EIP-3855). */
    @Test
    void afterCanyonTheCreate2DeployerDeploysPush0Code() {
        long c = at(Hardfork.CANYON);
        byte[] init = Asm.deployment(Contracts.push0Storage());
        byte[] salt = Keccak256.digest("kona4j devnet create2".getBytes(StandardCharsets.UTF_8));
        Address create2 = Address.fromHex("0x13b0D85CcB8bf860b6b79AF3029fCA081AE9beF2");
        Address expected = Address.of(Keccak256.digest(Bytes.concat(new byte[] {(byte) 0xff}, create2.toArray(), salt,
                Keccak256.digest(init))), 12);
        assertThat(state(c + 1).code(expected)).isEqualTo(Contracts.push0Storage()).contains((byte) 0x5f);
        assertThat(state(c + 2).storage(expected, Workload.PUSH0_SLOT)).isEqualTo(UInt256.valueOf(c + 2));
    }

    // ------------------------------------------------------------------ Ecotone

    /** TSTORE/TLOAD, MCOPY and BLOBBASEFEE (1 on L2, PROTOCOL.md §2.5) in a contract created after Ecotone. */
    @Test
    void afterEcotoneCancunOpcodesRun() {
        long e = at(Hardfork.ECOTONE);
        // user0's nonces: three deployments in block 1, the create2Deployer call and the PUSH0 call, then this one
        Address c = Workload.createAddress(Keys.of(SEED, "user0").address(), 5);
        assertThat(state(e + 1).code(c)).isEqualTo(Contracts.cancunOpcodes());
        L2State s = state(e + 2);
        assertThat(s.storage(c, 1)).isEqualTo(UInt256.valueOf(e + 2));
        assertThat(s.storage(c, 2)).isEqualTo(UInt256.ONE);
        assertThat(s.storage(c, 3)).isEqualTo(UInt256.valueOf(e + 2));
    }

    static final Address BEACON_ROOTS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");

    @Test
    void ecotoneUpgradesL1BlockAndGasPriceOracle() {
        long e = at(Hardfork.ECOTONE);
        assertThat(implementation(e - 1, Predeploys.L1_BLOCK)).isEqualTo(DevnetBuilder.BEDROCK_L1_BLOCK_IMPL);
        Address l1Block = Address.fromHex("0x07dbe8500fc591d1852B76feE44d5a05e13097Ff");
        Address gpo = Address.fromHex("0xb528D11cC114E026F138fE568744c6D45ce6Da7A");
        assertThat(implementation(e, Predeploys.L1_BLOCK)).isEqualTo(l1Block);
        assertThat(implementation(e, Predeploys.GAS_PRICE_ORACLE)).isEqualTo(gpo);
        assertThat(state(e).codeHash(l1Block))
                .isEqualTo(Hash.fromHex("0xc88a313aa75dc4fbf0b6850d9f9ae41e04243b7008cf3eadb29256d4a71c1dfd"));
        assertThat(state(e).codeHash(gpo))
                .isEqualTo(Hash.fromHex("0x8b71360ea773b4cfaf1ae6d2bd15464a4e1e2e360f786e475f63aeaed8da0ae5"));
        assertFlag(Hardfork.ECOTONE, "isEcotone()", e);
    }

    /** The L1-info values the real Ecotone L1Block stores, in the layout of PROTOCOL.md §2.3, from the L1 origin. */
    @Test
    void afterEcotoneTheRealL1BlockStoresTheL1Origin() {
        long e = at(Hardfork.ECOTONE);
        for (long n = e + 1; n < e + 4; n++) {
            L2State s = state(n);
            Header o = origin(n);
            UInt256 slot0 = s.storage(Predeploys.L1_BLOCK, 0);
            assertThat(slot0).isEqualTo(UInt256.fromBigInteger(BigInteger.valueOf(o.timestamp()).shiftLeft(64)
                    .or(BigInteger.valueOf(o.number()))));
            assertThat(s.storage(Predeploys.L1_BLOCK, 1)).isEqualTo(o.baseFeePerGas());
            assertThat(s.storage(Predeploys.L1_BLOCK, 2)).isEqualTo(UInt256.fromBytes(o.hash().toArray()));
            // seqNo u64 @0, blobBaseFeeScalar u32 @8 (0 for a v0 scalar), baseFeeScalar u32 @12 (the genesis scalar)
            BigInteger slot3 = BigInteger.valueOf(d.l2Block(n).info().sequenceNumber())
                    .or(BigInteger.valueOf(1_000_000).shiftLeft(96));
            assertThat(s.storage(Predeploys.L1_BLOCK, 3)).isEqualTo(UInt256.fromBigInteger(slot3));
        }
        // slot 7, the blob base fee: EIP-4844 fake_exponential with the update fraction of the origin's L1 fork,
        // Cancun's 3338477, Prague's 5007716 (EIP-7691) once L1 is Prague
        boolean cancunSeen = false;
        boolean pragueSeen = false;
        for (long n = e + 1; n <= BLOCKS; n++) {
            Header o = origin(n);
            boolean prague = o.timestamp() >= d.l1Config().pragueTime();
            cancunSeen |= !prague;
            pragueSeen |= prague;
            BigInteger blobBaseFee = fakeExponential(BigInteger.ONE, BigInteger.valueOf(o.excessBlobGas()),
                    BigInteger.valueOf(prague ? 5_007_716 : 3_338_477));
            assertThat(blobBaseFee).isGreaterThan(BigInteger.ONE);
            assertThat(state(n).storage(Predeploys.L1_BLOCK, 7)).as("L2 #" + n)
                    .isEqualTo(UInt256.fromBigInteger(blobBaseFee));
        }
        assertThat(cancunSeen && pragueSeen).as("L1 origins on both sides of L1 Prague").isTrue();
        // the activation block itself still carries the Bedrock-format L1-info: no blob base fee yet
        assertThat(state(e).storage(Predeploys.L1_BLOCK, 7)).isEqualTo(UInt256.ZERO);
    }

    /**
     * The Ecotone activation block opens an epoch with user deposits: L1-info deposit, the user deposits, then the
     * six upgrade deposits with the source hashes the Ecotone spec lists, in its order (PROTOCOL.md §1.10, §1.11).
     */
    @Test
    void ecotoneActivationBlockOrdersL1InfoUserDepositsThenUpgrades() {
        L2BlockData b = d.l2Block(at(Hardfork.ECOTONE));
        List<String> spec = List.of("0x877a6077205782ea15a6dc8699fa5ebcec5e0f4389f09cb8eda09488231346f8",
                "0xa312b4510adf943510f05fcc8f15f86995a5066bd83ce11384688ae20e6ecf42",
                "0x18acb38c5ff1c238a7460ebc1b421fa49ec4874bdf1e0a530d234104e5e67dbc",
                "0xee4f9385eceef498af0be7ec5862229f426dec41c8d42397c7257a5117d9230a",
                "0x0c1cb38e99dbc9cbfab3bb80863380b0905290b37eb3d6ab18dc01c1f3e75f93",
                "0x69b763c48478b9dc2f65ada09b3d92133ec592ea715ec65ad6e7f3dc519dc00c");
        List<Transaction> txs = b.block().transactions();
        assertThat(b.info().sequenceNumber()).isZero();
        assertThat(((DepositTransaction) txs.get(0)).from())
                .isEqualTo(Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001"));
        Address userDepositor = Keys.of(SEED, "depositor").address();
        int i = 1;
        while (txs.get(i) instanceof DepositTransaction dep && dep.from().equals(userDepositor)) i++;
        assertThat(i).as("user deposits after the L1-info deposit").isGreaterThan(1);
        for (String h : spec) {
            assertThat(((DepositTransaction) txs.get(i)).sourceHash()).isEqualTo(Hash.fromHex(h));
            assertThat(b.receipts().get(i).status()).isTrue();
            i++;
        }
        assertThat(txs.subList(i, txs.size())).noneMatch(t -> t instanceof DepositTransaction);
    }

    /** EIP-4788: the ring buffer of timestamps and beacon roots, written by the system call from Ecotone+1. */
    @Test
    void ecotoneDeploysTheBeaconRootsContract() {
        long e = at(Hardfork.ECOTONE);
        assertThat(state(e - 1).codeHash(BEACON_ROOTS)).isEqualTo(Hash.EMPTY_CODE_HASH);
        assertThat(state(e).code(BEACON_ROOTS)).isNotEmpty();
        for (long n = e + 1; n < e + 4; n++) {
            Header h = d.l2Block(n).header();
            assertThat(h.parentBeaconBlockRoot()).isEqualTo(origin(n).parentBeaconBlockRoot());
            long ts = h.timestamp();
            L2State s = state(n);
            assertThat(s.storage(BEACON_ROOTS, ts % 8191)).isEqualTo(UInt256.valueOf(ts));
            assertThat(s.storage(BEACON_ROOTS, ts % 8191 + 8191))
                    .isEqualTo(UInt256.fromBytes(h.parentBeaconBlockRoot().toArray()));
            assertThat(h.blobGasUsed()).isZero();
            assertThat(h.excessBlobGas()).isZero();
        }
    }

    // ------------------------------------------------------------------ Fjord

    @Test
    void fjordUpgradesTheGasPriceOracleAndAddsP256Verify() throws Exception {
        long f = at(Hardfork.FJORD);
        Address gpo = Address.fromHex("0xa919894851548179A0750865e7974DA599C0Fac7");
        assertThat(implementation(f, Predeploys.GAS_PRICE_ORACLE)).isEqualTo(gpo);
        assertThat(state(f).codeHash(gpo))
                .isEqualTo(Hash.fromHex("0xa88fa50a2745b15e6794247614b5298483070661adacb8d32d716434ed24c6b2"));
        assertFlag(Hardfork.FJORD, "isFjord()", f);

        Precompiles.Call p256 = Precompiles.p256Verify(SEED);
        assertThat(jcaVerifiesP256(p256.input())).as("the workload's P-256 signature is valid").isTrue();
        UInt256 slot = UInt256.fromBytes(Precompiles.P256VERIFY.toWord());
        // RIP-7212: before Fjord 0x100 is an empty account (no output); from Fjord a valid signature answers 1
        assertThat(state(f - 1).storage(workloadProber(), slot))
                .isEqualTo(KECCAK_EMPTY);
        assertThat(state(f).storage(workloadProber(), slot)).isEqualTo(keccakWord(1));
    }

    static boolean jcaVerifiesP256(byte[] in) throws Exception {
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(in, 96, 128)), new BigInteger(1, Arrays.copyOfRange(in, 128, 160))),
                spec));
        java.security.Signature v = java.security.Signature.getInstance("NONEwithECDSAinP1363Format");
        v.initVerify(key);
        v.update(in, 0, 32);
        return v.verify(Arrays.copyOfRange(in, 32, 96));
    }

    // ------------------------------------------------------------------ Granite

    /**
     * bn256Pairing input limits (PROTOCOL.md §2.5): 112,687 bytes from Granite, 81,984 from Jovian. An input of
     * points at infinity just over each limit answers true (EIP-197) in the block before the fork and fails from it.
     */
    @Test
    void graniteAndJovianLimitThePairingInput() {
        long g = at(Hardfork.GRANITE);
        long j = at(Hardfork.JOVIAN);
        assertThat(192L * Workload.GRANITE_PAIRS).isGreaterThan(112_687L).isLessThanOrEqualTo(112_687L + 192);
        assertThat(192L * Workload.JOVIAN_PAIRS).isGreaterThan(81_984L).isLessThanOrEqualTo(81_984L + 192);
        UInt256 gs = UInt256.valueOf(Workload.GRANITE_PAIRING_SLOT);
        UInt256 js = UInt256.valueOf(Workload.JOVIAN_PAIRING_SLOT);
        assertThat(state(g - 1).storage(workloadProber(), gs)).isEqualTo(keccakWord(1));
        assertThat(state(g).storage(workloadProber(), gs)).isEqualTo(KECCAK_EMPTY);
        assertThat(state(j - 1).storage(workloadProber(), js)).isEqualTo(keccakWord(1));
        assertThat(state(j + 1).storage(workloadProber(), js)).isEqualTo(KECCAK_EMPTY);
    }

    // ------------------------------------------------------------------ Holocene

    @Test
    void holoceneWritesEip1559ParamsInExtraDataAndTheBaseFeeFollowsThem() {
        long h = at(Hardfork.HOLOCENE);
        assertThat(d.l2Block(h - 1).header().extraData()).isEmpty();
        // first Holocene block: zero params in the attributes → the Canyon constants, denominator 250, elasticity 6
        byte[] expected = Hex.decode("0x00000000fa00000006");
        for (long n = h; n < at(Hardfork.JOVIAN); n++) {
            assertThat(d.l2Block(n).header().extraData()).as("L2 #" + n).isEqualTo(expected);
        }
        for (long n = h + 1; n < at(Hardfork.JOVIAN); n++) {
            Header p = d.l2Block(n - 1).header();
            assertThat(d.l2Block(n).header().baseFeePerGas().longValue()).as("L2 #" + n)
                    .isEqualTo(SpecChecks.eip1559BaseFee(p.baseFeePerGas().longValue(), p.gasUsed(), p.gasLimit(), 250, 6));
        }
    }

    // ------------------------------------------------------------------ Isthmus

    static final Address HISTORY = Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935");

    @Test
    void isthmusUpgradesL1BlockGasPriceOracleAndOperatorFeeVault() {
        long i = at(Hardfork.ISTHMUS);
        Address l1Block = Address.fromHex("0xFf256497D61dcd71a9e9Ff43967C13fdE1F72D12");
        Address gpo = Address.fromHex("0x93e57A196454CB919193fa9946f14943cf733845");
        Address vault = Address.fromHex("0x4fa2Be8cd41504037F1838BcE3bCC93bC68Ff537");
        L2State s = state(i);
        assertThat(implementation(i, Predeploys.L1_BLOCK)).isEqualTo(l1Block);
        assertThat(implementation(i, Predeploys.GAS_PRICE_ORACLE)).isEqualTo(gpo);
        assertThat(implementation(i, Predeploys.OPERATOR_FEE_VAULT)).isEqualTo(vault);
        assertThat(s.codeHash(l1Block))
                .isEqualTo(Hash.fromHex("0x8e3fe7a416d3e5f3b7be74ddd4e7e58e516fa3f80b67c6d930e3cd7297da4a4b"));
        assertThat(s.codeHash(gpo))
                .isEqualTo(Hash.fromHex("0x4d195a9d7caf9fb6d4beaf80de252c626c853afd5868c4f4f8d19c9d301c2679"));
        assertThat(s.codeHash(vault))
                .isEqualTo(Hash.fromHex("0x57dc55c9c09ca456fa728f253fe7b895d3e6aae0706104935fe87c7721001971"));
        assertFlag(Hardfork.ISTHMUS, "isIsthmus()", i);
    }

    /** EIP-2935 contract (code hash from the Isthmus spec), the history system call from Isthmus+1. */
    @Test
    void isthmusDeploysTheHistoryContract() {
        long i = at(Hardfork.ISTHMUS);
        assertThat(state(i - 1).codeHash(HISTORY)).isEqualTo(Hash.EMPTY_CODE_HASH);
        assertThat(state(i).codeHash(HISTORY))
                .isEqualTo(Hash.fromHex("0x6e49e66782037c0555897870e29fa5e552daf4719552131a0abce779daec0a5d"));
        for (long n = i + 1; n < i + 4; n++) {
            assertThat(state(n).storage(HISTORY, (n - 1) % 8191))
                    .isEqualTo(UInt256.fromBytes(d.l2Block(n - 1).hash().toArray()));
        }
    }

    /** Isthmus header: withdrawalsRoot is the message passer's storage root, requestsHash is sha256(""). */
    @Test
    void isthmusHeadersCommitToTheMessagePasserAndEmptyRequests() throws Exception {
        long i = at(Hardfork.ISTHMUS);
        Hash emptyRequests = Hash.of(MessageDigest.getInstance("SHA-256").digest(new byte[0]));
        assertThat(emptyRequests)
                .isEqualTo(Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Header before = d.l2Block(i - 1).header();
        assertThat(before.withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(before.requestsHash()).isNull();
        boolean moved = false;
        for (long n = i; n <= BLOCKS; n++) {
            Header h = d.l2Block(n).header();
            Hash passer = state(n).account(Predeploys.L2_TO_L1_MESSAGE_PASSER).storageRoot();
            assertThat(h.withdrawalsRoot()).as("L2 #" + n).isEqualTo(passer);
            assertThat(h.requestsHash()).as("L2 #" + n).isEqualTo(emptyRequests);
            moved |= !passer.equals(state(i - 1).account(Predeploys.L2_TO_L1_MESSAGE_PASSER).storageRoot());
        }
        assertThat(moved).as("the workload writes the message passer after Isthmus").isTrue();
    }

    @Test
    void isthmusAddsBls12381() throws Exception {
        long i = at(Hardfork.ISTHMUS);
        Precompiles.Call g1add = Precompiles.blsG1Add();
        byte[] expected = null;
        Path file = Path.of(System.getProperty("kona4j.shared", "../../shared"), "testdata", "precompiles",
                "go-ethereum", "blsG1Add.json");
        for (JsonNode v : new ObjectMapper().readTree(Files.readString(file))) {
            if (Arrays.equals(Hex.decode(v.path("Input").asText()), g1add.input())) {
                expected = Hex.decode(v.path("Expected").asText());
            }
        }
        assertThat(expected).as("go-ethereum's G1ADD vectors hold the workload's input").isNotNull();
        UInt256 slot = UInt256.fromBytes(Precompiles.BLS12_G1ADD.toWord());
        assertThat(state(i - 1).storage(workloadProber(), slot)).isEqualTo(KECCAK_EMPTY);
        assertThat(state(i).storage(workloadProber(), slot)).isEqualTo(UInt256.fromBytes(Keccak256.digest(expected)));
    }

    /** EIP-7702: the delegation designator 0xef0100 ‖ address, the authority's nonce bumped, code run in its context. */
    @Test
    void isthmusSetCodeTransactionDelegatesAnEoa() {
        long i = at(Hardfork.ISTHMUS);
        Keys delegator = Keys.of(SEED, "delegator");
        Address target = Workload.createAddress(Keys.of(SEED, "user0").address(), 0);
        assertThat(state(i).code(delegator.address())).isEmpty();
        L2BlockData setCode = d.l2Block(i + 1);
        assertThat(setCode.block().transactions()).anyMatch(t -> t.type() == TxType.EIP7702);
        L2State s = state(i + 1);
        assertThat(s.code(delegator.address())).isEqualTo(Bytes.concat(Hex.decode("0xef0100"), target.toArray()));
        assertThat(s.account(delegator.address()).nonce()).isEqualTo(1);
        assertThat(s.storage(delegator.address(), Workload.SET_CODE_SLOT)).isEqualTo(UInt256.valueOf(i + 1));
        assertThat(s.storage(delegator.address(), Workload.DELEGATED_CALL_SLOT)).isEqualTo(UInt256.ZERO);
        assertThat(state(i + 2).storage(delegator.address(), Workload.DELEGATED_CALL_SLOT))
                .isEqualTo(UInt256.valueOf(i + 2));
    }

    // ------------------------------------------------------------------ Jovian

    @Test
    void jovianUpgradesAndSetsTheDaFootprint() {
        long j = at(Hardfork.JOVIAN);
        Address l1Block = Address.fromHex("0x3Ba4007f5C922FBb33C454B41ea7a1f11E83df2C");
        Address gpo = Address.fromHex("0x4f1db3c6AbD250ba86E0928471A8F7DB3AFd88F1");
        assertThat(implementation(j, Predeploys.L1_BLOCK)).isEqualTo(l1Block);
        assertThat(implementation(j, Predeploys.GAS_PRICE_ORACLE)).isEqualTo(gpo);
        assertThat(state(j).codeHash(l1Block))
                .isEqualTo(Hash.fromHex("0x5f885ca815d2cf27a203123e50b8ae204fdca910b6995d90b2d7700cbb9240d1"));
        assertThat(state(j).codeHash(gpo))
                .isEqualTo(Hash.fromHex("0xe9fc7c96c4db0d6078e3d359d7e8c982c350a513cb2c31121adf5e1e8a446614"));
        // the activation block carries no batch transactions (Jovian derivation rule)
        for (Transaction t : d.l2Block(j).block().transactions()) assertThat(t).isInstanceOf(DepositTransaction.class);
        assertFlag(Hardfork.JOVIAN, "isJovian()", j + 1);
        // extraData v1: denominator 250, elasticity 6, min base fee 0
        for (long n = j; n <= BLOCKS; n++) {
            assertThat(d.l2Block(n).header().extraData()).isEqualTo(Hex.decode("0x01000000fa000000060000000000000000"));
        }
        // L1Block slot 8: daFootprintGasScalar u16 @12, 400 when the system config has none
        assertThat(state(j + 1).storage(Predeploys.L1_BLOCK, 8))
                .isEqualTo(UInt256.fromBigInteger(BigInteger.valueOf(400).shiftLeft(96)));
        // header blobGasUsed = Σ DA footprint: max(100, (−42,585,600 + 836,500 · flzLen(tx)) / 1e6) · 400 a tx
        assertThat(d.l2Block(j - 1).header().blobGasUsed()).isZero();
        for (long n = j + 1; n <= BLOCKS; n++) {
            L2BlockData b = d.l2Block(n);
            long da = 0;
            for (Transaction t : b.block().transactions()) {
                if (t instanceof DepositTransaction) continue;
                da += Math.max(100, (-42_585_600L + 836_500L * FlzLength.of(t.encode())) / 1_000_000L) * 400;
            }
            assertThat(da).isPositive();
            assertThat(b.header().blobGasUsed()).as("L2 #" + n).isEqualTo(da);
            Header p = d.l2Block(n - 1).header();
            long gasMetric = Math.max(p.gasUsed(), p.blobGasUsed());
            assertThat(b.header().baseFeePerGas().longValue()).as("L2 #" + n + " base fee")
                    .isEqualTo(SpecChecks.eip1559BaseFee(p.baseFeePerGas().longValue(), gasMetric, p.gasLimit(), 250, 6));
        }
    }

    // ------------------------------------------------------------------ precompiles from genesis

    @Test
    void classicPrecompilesAnswerWhatTheirDefinitionsSay() throws Exception {
        L2State s = state(BLOCKS);
        Precompiles.Call ecrecover = Precompiles.ecrecover(SEED);
        assertThat(slotOf(s, ecrecover.precompile())).isEqualTo(UInt256.fromBytes(Keccak256.digest(
                Precompiles.ecrecoverKey(SEED).address().toWord())));
        Precompiles.Call sha = Precompiles.classic(SEED).get(1);
        assertThat(slotOf(s, sha.precompile())).isEqualTo(UInt256.fromBytes(Keccak256.digest(
                MessageDigest.getInstance("SHA-256").digest(sha.input()))));
        BigInteger[] g = {BigInteger.ONE, BigInteger.TWO};
        assertThat(slotOf(s, Precompiles.BN254_ADD)).isEqualTo(keccakPoint(bnAdd(g, g)));
        assertThat(slotOf(s, Precompiles.BN254_MUL))
                .isEqualTo(keccakPoint(bnMul(g, BigInteger.valueOf(Precompiles.bn254Scalar(SEED)))));
    }

    static UInt256 slotOf(L2State s, Address precompile) {
        return s.storage(workloadProber(), UInt256.fromBytes(precompile.toWord()));
    }

    static final BigInteger BN_P =
            new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");

    static BigInteger[] bnAdd(BigInteger[] a, BigInteger[] b) {
        if (a == null) return b;
        if (b == null) return a;
        BigInteger lambda;
        if (a[0].equals(b[0])) {
            if (!a[1].equals(b[1]) || a[1].signum() == 0) return null;
            lambda = a[0].pow(2).multiply(BigInteger.valueOf(3)).multiply(a[1].shiftLeft(1).modInverse(BN_P)).mod(BN_P);
        } else {
            lambda = b[1].subtract(a[1]).multiply(b[0].subtract(a[0]).modInverse(BN_P)).mod(BN_P);
        }
        BigInteger x = lambda.pow(2).subtract(a[0]).subtract(b[0]).mod(BN_P);
        BigInteger y = lambda.multiply(a[0].subtract(x)).subtract(a[1]).mod(BN_P);
        return new BigInteger[] {x, y};
    }

    static BigInteger[] bnMul(BigInteger[] p, BigInteger k) {
        BigInteger[] r = null;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = bnAdd(r, r);
            if (k.testBit(i)) r = bnAdd(r, p);
        }
        return r;
    }

    static UInt256 keccakPoint(BigInteger[] p) {
        return UInt256.fromBytes(Keccak256.digest(Bytes.concat(UInt256.fromBigInteger(p[0]).toBytes32(),
                UInt256.fromBigInteger(p[1]).toBytes32())));
    }

    // ------------------------------------------------------------------ GasPriceOracle flags

    /** The flag getter answered "true" (the ABI word 1) from {@code from}, and something else in the block before. */
    static void assertFlag(Hardfork f, String getter, long from) {
        UInt256 slot = UInt256.fromBytes(Workload.selector(getter));
        long before = at(f) - 1;
        assertThat(state(before).storage(workloadProber(), slot)).as(getter + " before " + f)
                .isNotEqualTo(UInt256.ZERO).isNotEqualTo(keccakWord(1));
        assertThat(state(from).storage(workloadProber(), slot)).as(getter + " at " + f).isEqualTo(keccakWord(1));
    }

    static Address workloadProber() {
        return Workload.createAddress(Keys.of(SEED, "user0").address(), 2);
    }

    // ------------------------------------------------------------------ proofs

    @Test
    void everyForkBoundaryProvesNatively() {
        try (LoopbackServer s = LoopbackServer.start(d)) {
            ClaimProver p = new ClaimProver(d, s);
            long total = 0;
            for (Hardfork f : DevnetConfig.ALL_FORKS) {
                ClaimProver.Outcome ok = p.proveNative(Claim.honest(d, at(f)), m -> { });
                assertThat(ok.result().exitCode()).as(f + ": " + ok.result()).isZero();
                assertThat(ok.blocksDerived()).isEqualTo(1);
                total += ok.nanos();
                System.out.printf("%s boundary L2 #%d proven in %d ms (%d preimages, %d bytes)%n", f, at(f),
                        ok.nanos() / 1_000_000, ok.preimages(), ok.preimageBytes());
            }
            System.out.printf("per-block proof, native over loopback RPC: %d ms on average%n",
                    total / DevnetConfig.ALL_FORKS.size() / 1_000_000);
            Claim altered = Claim.honest(d, at(Hardfork.ISTHMUS)).altered("state", Hash.ZERO);
            ClaimProver.Outcome bad = p.proveNative(altered, m -> { });
            assertThat(bad.result().exitCode()).as(bad.result().toString()).isEqualTo(1);
            ClaimProver.Outcome after = p.proveNative(Claim.honest(d, BLOCKS), m -> { });
            assertThat(after.result().exitCode()).as(after.result().toString()).isZero();
        }
    }

    /** One claim over the whole chain: genesis agreed, every block derived and executed through all the forks. */
    @Test
    void theWholeChainProvesInOneClaim() {
        try (LoopbackServer s = LoopbackServer.start(d)) {
            ClaimProver.Outcome all = new ClaimProver(d, s).proveNative(Claim.honest(d, 0, BLOCKS), m -> { });
            assertThat(all.result().exitCode()).as(all.result().toString()).isZero();
            assertThat(all.blocksDerived()).isEqualTo(BLOCKS);
            System.out.printf("whole chain (%d blocks) proven in %d ms, %d ms a block%n", BLOCKS,
                    all.nanos() / 1_000_000, all.nanos() / BLOCKS / 1_000_000);
        }
    }

    @Test
    void allForksNeedsBlocksPastJovian() {
        assertThatThrownBy(
                () -> DevnetConfig.allForks(1, DevnetConfig.ALL_FORKS_MIN_BLOCKS - 1))
                .isInstanceOf(DevnetException.class).hasMessageContaining("at least " + DevnetConfig.ALL_FORKS_MIN_BLOCKS);
        assertThat(DevnetConfig.allForks(1, DevnetConfig.ALL_FORKS_MIN_BLOCKS).activationBlock(Hardfork.JOVIAN))
                .isEqualTo(at(Hardfork.JOVIAN)).isLessThan(DevnetConfig.ALL_FORKS_MIN_BLOCKS);
    }
}
