package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.evm.Evm;
import io.kona4j.executor.db.MissingWitnessException;
import io.kona4j.executor.fixture.PreimageStore;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Blocks built on a small genesis made in the test. Expected post-states are worked out by hand from the deposit and
 * fee rules of PROTOCOL.md §2.1–2.3 and their state roots built independently with the mpt module.
 */
class StatelessL2BuilderTest {
    static final UInt256 ETH = UInt256.valueOf(1_000_000_000_000_000_000L);
    static final Address A = Address.fromHex("0x00000000000000000000000000000000000000aa");
    static final Address B = Address.fromHex("0x00000000000000000000000000000000000000bb");
    static final Address C = Address.fromHex("0x00000000000000000000000000000000000000cc");
    static final Address SEQUENCER_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000011");
    static final Address BASE_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000019");
    static final Address L1_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001a");
    static final Address L1_BLOCK = Address.fromHex("0x4200000000000000000000000000000000000015");
    static final Address DEPOSITOR = Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001");
    static final byte[] KEY = Hex.decode("0x" + "00".repeat(31) + "01");
    static final Address K = Address.fromHex("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    static final long GAS_LIMIT = 30_000_000;

    static UInt256 eth(double x) {
        return UInt256.fromBigInteger(new java.math.BigDecimal(x).multiply(new java.math.BigDecimal(ETH.toBigInteger())).toBigInteger());
    }

    static byte[] deposit(Address from, Address to, UInt256 mint, UInt256 value, long gas, boolean system, byte[] data) {
        return new DepositTransaction(Hash.fromHex("0x" + "01".repeat(32)), from, to, mint, value, gas, system, data).encode();
    }

    static OpPayloadAttributes attrs(long time, List<byte[]> txs, boolean canyon) {
        return new OpPayloadAttributes(time, Hash.fromHex("0x" + "22".repeat(32)), SEQUENCER_FEE_VAULT,
                canyon ? List.of() : null, null, txs, true, GAS_LIMIT, null, null);
    }

    static RollupConfig canyon() {
        return TestConfigs.through(Hardfork.DELTA, 0);
    }

    @Test
    void failingDepositKeepsTheMintAndBumpsTheNonce() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(5, ETH))
                .put(C, new TestChain.Account(1, UInt256.ZERO, Hex.decode("0x60006000fd"), Map.of()));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(
                // Value 3 ETH with 1 + 1 ETH: a non-EVM error (insufficient balance for the transfer).
                deposit(A, B, ETH, eth(3), 100_000, false, Bytes.EMPTY),
                // Reverts in the EVM (PUSH1 0 PUSH1 0 REVERT): 21,000 + 3 + 3 gas.
                deposit(A, C, eth(0.5), eth(0.1), 100_000, false, Bytes.EMPTY)), true));

        Receipt r0 = out.receipts().get(0);
        assertThat(r0.status()).isFalse();
        assertThat(r0.cumulativeGasUsed()).isEqualTo(100_000); // a failed deposit uses its whole gas limit
        assertThat(r0.depositNonce()).isEqualTo(5);
        assertThat(r0.depositReceiptVersion()).isEqualTo(1);
        Receipt r1 = out.receipts().get(1);
        assertThat(r1.status()).isFalse();
        assertThat(r1.cumulativeGasUsed()).isEqualTo(100_000 + 21_006);
        assertThat(r1.depositNonce()).isEqualTo(6);
        assertThat(out.header().gasUsed()).isEqualTo(121_006);

        TrieAccount a = b.trieDb().account(A);
        assertThat(a.nonce()).isEqualTo(7);
        assertThat(a.balance()).isEqualTo(eth(2.5)); // 1 + 1 + 0.5 minted, nothing transferred
        assertThat(b.trieDb().account(B)).isNull();
        Map<Address, TestChain.Account> expected = chain.copy();
        expected.put(A, TestChain.Account.eoa(7, eth(2.5)));
        assertThat(out.header().stateRoot()).isEqualTo(TestChain.rootOf(expected));
    }

    @Test
    void depositCreatingAContract() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(5, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        // Init code: PUSH1 0xff PUSH1 0 MSTORE8 PUSH1 1 PUSH1 0 RETURN → runtime code 0xff.
        byte[] init = Hex.decode("0x60ff60005360016000f3");
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(deposit(A, null, UInt256.ZERO, UInt256.ZERO, 200_000,
                false, init)), true));

        Receipt r = out.receipts().get(0);
        assertThat(r.status()).isTrue();
        assertThat(r.depositNonce()).isEqualTo(5);
        // 53,000 + 8 non-zero·16 + 2 zero·4 + 1 init-code word·2 (EIP-3860) + 4 PUSH1·3 + MSTORE8 3 + 1 memory word 3
        // + 200 per deployed byte.
        assertThat(r.cumulativeGasUsed()).isEqualTo(53_000 + 128 + 8 + 2 + 12 + 6 + 200);
        Address created = Evm.createAddress(A, 5);
        TrieAccount c = b.trieDb().account(created);
        assertThat(c.nonce()).isEqualTo(1); // EIP-161
        assertThat(b.trieDb().code(c.codeHash())).isEqualTo(new byte[] {(byte) 0xff});
        Map<Address, TestChain.Account> expected = chain.copy();
        expected.put(A, TestChain.Account.eoa(6, ETH));
        expected.put(created, new TestChain.Account(1, UInt256.ZERO, new byte[] {(byte) 0xff}, Map.of()));
        assertThat(out.header().stateRoot()).isEqualTo(TestChain.rootOf(expected));
    }

    @Test
    void systemDepositBeforeRegolithUsesNoGas() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(0, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, false, false);
        StatelessL2Builder b = new StatelessL2Builder(TestConfigs.bedrock(), chain, TrieHinter.NOOP, parent);
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(
                deposit(DEPOSITOR, L1_BLOCK, UInt256.ZERO, UInt256.ZERO, 1_000_000, true, Bytes.EMPTY),
                // Needs the whole block gas limit: fits only because the system deposit took none from the pool.
                deposit(A, B, UInt256.ZERO, UInt256.ONE, GAS_LIMIT, false, Bytes.EMPTY)), false));
        assertThat(out.receipts().get(0).status()).isTrue();
        assertThat(out.receipts().get(0).cumulativeGasUsed()).isZero();
        assertThat(out.receipts().get(0).depositNonce()).isNull(); // no deposit nonce before Regolith
        assertThat(out.receipts().get(1).cumulativeGasUsed()).isEqualTo(GAS_LIMIT); // pre-Regolith: the gas limit
        assertThat(out.header().gasUsed()).isEqualTo(GAS_LIMIT);
        assertThat(out.header().withdrawalsRoot()).isNull();
        Map<Address, TestChain.Account> expected = chain.copy();
        expected.put(DEPOSITOR, TestChain.Account.eoa(1, UInt256.ZERO));
        expected.put(A, TestChain.Account.eoa(1, ETH.sub(UInt256.ONE)));
        expected.put(B, TestChain.Account.eoa(0, UInt256.ONE));
        assertThat(out.header().stateRoot()).isEqualTo(TestChain.rootOf(expected));
    }

    @Test
    void systemDepositFromRegolithFailsButKeepsItsMint() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(0, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(
                deposit(DEPOSITOR, L1_BLOCK, UInt256.valueOf(7), UInt256.ZERO, 1_000_000, true, Bytes.EMPTY)), true));
        Receipt r = out.receipts().get(0);
        assertThat(r.status()).isFalse();
        assertThat(r.cumulativeGasUsed()).isEqualTo(1_000_000);
        Map<Address, TestChain.Account> expected = chain.copy();
        expected.put(DEPOSITOR, TestChain.Account.eoa(1, UInt256.valueOf(7)));
        assertThat(out.header().stateRoot()).isEqualTo(TestChain.rootOf(expected));
    }

    @Test
    void create2DeployerCodeIsSetAtTheCanyonActivationBlock() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(0, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, false, false);
        RollupConfig c = TestConfigs.with(HardForks.through(Hardfork.REGOLITH, 0).with(Hardfork.CANYON, 102L));
        StatelessL2Builder b = new StatelessL2Builder(c, chain, TrieHinter.NOOP, parent);
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(), true));
        TrieAccount d = b.trieDb().account(StatelessL2Builder.CREATE2_DEPLOYER);
        assertThat(d.codeHash()).isEqualTo(Hash.fromHex("0xb0550b5b431e30d38000efb7107aaa0ade03d48a7198a140edda9d27134468b2"));
        assertThat(out.header().withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        // The next block (not the activation block) leaves it alone.
        BlockBuildingOutcome next = b.buildBlock(attrs(104, List.of(), true));
        assertThat(next.header().stateRoot()).isEqualTo(out.header().stateRoot());
        assertThat(next.header().parentHash()).isEqualTo(out.blockHash());
    }

    static byte[] transfer(long nonce, Address to, UInt256 value, long gas, UInt256 maxFee, UInt256 tip) {
        Eip1559Transaction unsigned = new Eip1559Transaction(901, nonce, tip, maxFee, gas, to, value, Bytes.EMPTY,
                List.of(), 0, UInt256.ZERO, UInt256.ZERO);
        Signature sig = Secp256k1.signHash(unsigned.signingHash(), KEY);
        return new Eip1559Transaction(901, nonce, tip, maxFee, gas, to, value, Bytes.EMPTY, List.of(),
                sig.recoveryId(), UInt256.fromBigInteger(sig.r()), UInt256.fromBigInteger(sig.s())).encode();
    }

    @Test
    void aUserTransactionPaysTheTipBaseFeeAndL1FeeToTheVaults() {
        // L1Block storage for the Bedrock fee (pre-Ecotone block): l1 base fee 1000, overhead 188, scalar 1.0.
        TestChain chain = new TestChain().put(K, TestChain.Account.eoa(0, ETH))
                .put(L1_BLOCK, new TestChain.Account(1, UInt256.ZERO, Hex.decode("0x00"), Map.of(
                        UInt256.valueOf(1), UInt256.valueOf(1000), UInt256.valueOf(5), UInt256.valueOf(188),
                        UInt256.valueOf(6), UInt256.valueOf(1_000_000))));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        UInt256 gwei = UInt256.valueOf(1_000_000_000L);
        byte[] tx = transfer(0, B, UInt256.ONE, 21_000, gwei.add(gwei), gwei);
        BlockBuildingOutcome out = b.buildBlock(attrs(102, List.of(
                deposit(DEPOSITOR, L1_BLOCK, UInt256.ZERO, UInt256.ZERO, 1_000_000, false, Bytes.EMPTY), tx), true));

        // Base fee after an empty parent at 1 gwei, target 5M, Canyon denominator 250: 1e9 − 1e9/250 = 996,000,000.
        BigInteger baseFee = BigInteger.valueOf(996_000_000L);
        assertThat(out.header().baseFeePerGas().toBigInteger()).isEqualTo(baseFee);
        BigInteger price = baseFee.add(BigInteger.valueOf(1_000_000_000L)); // min(2 gwei, base + 1 gwei tip)
        long zeros = 0;
        for (byte x : tx) if (x == 0) zeros++;
        BigInteger l1Fee = BigInteger.valueOf((zeros * 4 + (tx.length - zeros) * 16 + 188) * 1000);
        BigInteger gas = BigInteger.valueOf(21_000);

        assertThat(balance(b, K)).isEqualTo(ETH.toBigInteger().subtract(gas.multiply(price)).subtract(l1Fee).subtract(BigInteger.ONE));
        assertThat(b.trieDb().account(K).nonce()).isEqualTo(1);
        assertThat(balance(b, B)).isEqualTo(BigInteger.ONE);
        assertThat(balance(b, SEQUENCER_FEE_VAULT)).isEqualTo(gas.multiply(BigInteger.valueOf(1_000_000_000L)));
        assertThat(balance(b, BASE_FEE_VAULT)).isEqualTo(gas.multiply(baseFee));
        assertThat(balance(b, L1_FEE_VAULT)).isEqualTo(l1Fee);
        assertThat(out.receipts().get(1).cumulativeGasUsed()).isEqualTo(21_000 + 21_000);
    }

    static BigInteger balance(StatelessL2Builder b, Address a) {
        TrieAccount t = b.trieDb().account(a);
        return t == null ? BigInteger.ZERO : t.balance().toBigInteger();
    }

    @Test
    void anInvalidTransactionInvalidatesTheBlockAndBuildsNothing() {
        TestChain chain = new TestChain().put(K, TestChain.Account.eoa(0, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        UInt256 fee = UInt256.valueOf(2_000_000_000L);
        byte[] dep = deposit(DEPOSITOR, B, UInt256.ZERO, UInt256.ZERO, 100_000, false, Bytes.EMPTY);
        // Nonce 1 while the state has 0.
        assertThatThrownBy(() -> b.buildBlock(attrs(102, List.of(dep, transfer(1, B, UInt256.ONE, 21_000, fee, fee)), true)))
                .isInstanceOfSatisfying(InvalidBlockException.class, e -> {
                    assertThat(e.transactionIndex()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("nonce");
                });
        // More gas than the block has left: the deposit used 21,000 of the 30M, the transfer asks for all 30M.
        List<byte[]> big = new ArrayList<>(List.of(dep));
        big.add(transfer(0, B, UInt256.ONE, GAS_LIMIT, fee, fee));
        assertThatThrownBy(() -> b.buildBlock(attrs(102, big, true)))
                .isInstanceOfSatisfying(InvalidBlockException.class, e -> assertThat(e.transactionIndex()).isEqualTo(1));
        // Not a transaction at all.
        assertThatThrownBy(() -> b.buildBlock(attrs(102, List.of(dep, Hex.decode("0x02c0")), true)))
                .isInstanceOfSatisfying(InvalidBlockException.class, e -> assertThat(e.transactionIndex()).isEqualTo(1));
        // The builder is still on its parent and its state untouched: a valid payload now builds normally.
        assertThat(b.parentHeader()).isEqualTo(parent);
        BlockBuildingOutcome ok = b.buildBlock(attrs(102, List.of(dep, transfer(0, B, UInt256.ONE, 21_000, fee, fee)), true));
        assertThat(ok.header().number()).isEqualTo(11);
        assertThat(b.trieDb().account(K).nonce()).isEqualTo(1);
    }

    @Test
    void aMissingWitnessNodeIsATypedErrorNamingItAndTheAccount() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(0, ETH));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), PreimageStore.empty(), TrieHinter.NOOP, parent);
        assertThatThrownBy(() -> b.buildBlock(attrs(102, List.of(deposit(A, B, UInt256.ZERO, UInt256.ZERO, 100_000,
                false, Bytes.EMPTY)), true)))
                .isInstanceOfSatisfying(MissingWitnessException.class, e -> {
                    assertThat(e.hash()).isEqualTo(parent.stateRoot());
                    // The first account the block reads (the EVM warms the coinbase before the sender is read).
                    assertThat(e.getMessage()).contains(parent.stateRoot().toHex())
                            .containsPattern("needed for account 0x[0-9a-fA-F]{40}, trie root");
                });
    }

    @Test
    void outputRootIsVersion0OverStateRootPasserRootAndHash() {
        TestChain chain = new TestChain().put(A, TestChain.Account.eoa(0, ETH))
                .put(StatelessL2Builder.L2_TO_L1_MESSAGE_PASSER, new TestChain.Account(0, UInt256.ZERO, Hex.decode("0x00"),
                        Map.of(UInt256.ONE, UInt256.ONE)));
        Header parent = chain.genesis(10, 100, GAS_LIMIT, Bytes.EMPTY, true, false);
        StatelessL2Builder b = new StatelessL2Builder(canyon(), chain, TrieHinter.NOOP, parent);
        Hash passerRoot = b.trieDb().storageRoot(StatelessL2Builder.L2_TO_L1_MESSAGE_PASSER);
        byte[] pre = new byte[128];
        System.arraycopy(parent.stateRoot().unsafeBytes(), 0, pre, 32, 32);
        System.arraycopy(passerRoot.unsafeBytes(), 0, pre, 64, 32);
        System.arraycopy(parent.hash().unsafeBytes(), 0, pre, 96, 32);
        assertThat(b.computeOutputRoot()).isEqualTo(io.kona4j.primitives.Keccak256.hash(pre));
        assertThat(passerRoot).isNotEqualTo(Hash.EMPTY_TRIE_ROOT);
    }
}
