package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.executor.fee.FastLz;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Isthmus and Jovian blocks with a user transaction: operator fee charged on the gas limit and refunded down to the
 * gas used (Isthmus {@code g·scalar/1e6 + c}, Jovian {@code g·scalar·100 + c}), the Fjord L1 fee, the header's
 * requests hash and message-passer withdrawals root, and Jovian's DA footprint in {@code blobGasUsed}. Expected
 * values are worked out from PROTOCOL.md §2.3 and §2.6.
 */
class IsthmusJovianBuilderTest {
    static final Address OPERATOR_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001b");
    static final long SCALAR = 1_000_000;
    static final long CONSTANT = 7;

    static TestChain chain() {
        // L1Block: base fee 1000; baseFeeScalar 2, blobBaseFeeScalar 3; blob base fee 5;
        // slot 8: operator fee constant 7, scalar 1,000,000, DA footprint scalar 400.
        Map<UInt256, UInt256> l1 = Map.of(
                UInt256.valueOf(1), UInt256.valueOf(1000),
                UInt256.valueOf(3), UInt256.ofLimbs(0, 0, 2L << 32 | 3, 0),
                UInt256.valueOf(7), UInt256.valueOf(5),
                UInt256.valueOf(8), UInt256.ofLimbs(0, 0, 400L << 32 | SCALAR, CONSTANT));
        return new TestChain()
                .put(StatelessL2BuilderTest.K, TestChain.Account.eoa(0, StatelessL2BuilderTest.ETH))
                .put(StatelessL2BuilderTest.L1_BLOCK, new TestChain.Account(1, UInt256.ZERO, Hex.decode("0x00"), l1))
                .put(StatelessL2Builder.L2_TO_L1_MESSAGE_PASSER, new TestChain.Account(1, UInt256.ZERO,
                        Hex.decode("0x00"), Map.of(UInt256.valueOf(9), UInt256.valueOf(0x1234))));
    }

    record Run(BlockBuildingOutcome out, StatelessL2Builder builder, byte[] tx) {}

    static Run build(Hardfork fork) {
        TestChain chain = chain();
        Eip1559Params canyon = new Eip1559Params(250, 6);
        boolean jovian = fork == Hardfork.JOVIAN;
        byte[] extra = jovian ? new ExtraData(canyon, 0).encodeJovian() : new ExtraData(canyon, 0).encodeHolocene();
        Header parent = chain.genesis(10, 100, 30_000_000, extra, true, true);
        StatelessL2Builder b = new StatelessL2Builder(TestConfigs.through(fork, 0), chain, TrieHinter.NOOP, parent);
        UInt256 gwei = UInt256.valueOf(1_000_000_000L);
        byte[] tx = StatelessL2BuilderTest.transfer(0, StatelessL2BuilderTest.B, UInt256.ONE, 30_000, gwei.add(gwei), gwei);
        byte[] deposit = StatelessL2BuilderTest.deposit(StatelessL2BuilderTest.DEPOSITOR, StatelessL2BuilderTest.L1_BLOCK,
                UInt256.ZERO, UInt256.ZERO, 1_000_000, false, Bytes.EMPTY);
        OpPayloadAttributes attrs = new OpPayloadAttributes(102, Hash.fromHex("0x" + "22".repeat(32)),
                StatelessL2BuilderTest.SEQUENCER_FEE_VAULT, List.of(), Hash.fromHex("0x" + "33".repeat(32)),
                List.of(deposit, tx), true, 30_000_000, new byte[8], jovian ? 0L : null);
        return new Run(b.buildBlock(attrs), b, tx);
    }

    /** Fjord: max(1e8, −42,585,600 + 836,500·flz) · (16·1000·2 + 5·3) / 1e12. */
    static BigInteger l1Fee(byte[] tx) {
        long est = Math.max(100_000_000L, -42_585_600L + 836_500L * FastLz.compressedLength(tx));
        return BigInteger.valueOf(est).multiply(BigInteger.valueOf(16 * 1000 * 2 + 5 * 3)).divide(BigInteger.TEN.pow(12));
    }

    static void checkBalances(Run r, BigInteger opFeeUsed) {
        BigInteger baseFee = BigInteger.valueOf(996_000_000L); // empty parent: 1e9 − 1e9/250
        BigInteger price = baseFee.add(BigInteger.valueOf(1_000_000_000L));
        BigInteger used = BigInteger.valueOf(21_000);
        BigInteger l1 = l1Fee(r.tx());
        assertThat(r.out().header().baseFeePerGas().toBigInteger()).isEqualTo(baseFee);
        assertThat(StatelessL2BuilderTest.balance(r.builder(), StatelessL2BuilderTest.K)).isEqualTo(
                StatelessL2BuilderTest.ETH.toBigInteger().subtract(used.multiply(price)).subtract(l1)
                        .subtract(opFeeUsed).subtract(BigInteger.ONE));
        assertThat(StatelessL2BuilderTest.balance(r.builder(), OPERATOR_FEE_VAULT)).isEqualTo(opFeeUsed);
        assertThat(StatelessL2BuilderTest.balance(r.builder(), StatelessL2BuilderTest.L1_FEE_VAULT)).isEqualTo(l1);
        assertThat(StatelessL2BuilderTest.balance(r.builder(), StatelessL2BuilderTest.BASE_FEE_VAULT))
                .isEqualTo(used.multiply(baseFee));
    }

    static Hash passerRoot() {
        SecureTrie st = SecureTrie.empty();
        st.put(UInt256.valueOf(9).toBytes32(), SecureTrie.storageValue(UInt256.valueOf(0x1234)));
        return st.rootHash();
    }

    @Test
    void isthmusChargesTheOperatorFeeOnGasUsedAndSealsTheIsthmusHeader() {
        Run r = build(Hardfork.ISTHMUS);
        // 21,000 · 1,000,000 / 1e6 + 7; the 30,000-gas limit was charged 30,007 and 9,000 came back.
        checkBalances(r, BigInteger.valueOf(21_007));
        Header h = r.out().header();
        assertThat(h.requestsHash())
                .isEqualTo(Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(h.withdrawalsRoot()).isEqualTo(passerRoot());
        assertThat(h.blobGasUsed()).isZero();
        assertThat(Hex.encode(h.extraData())).isEqualTo("0x00000000fa00000006");
    }

    @Test
    void jovianUsesTheNewOperatorFeeAndRecordsTheDaFootprint() {
        Run r = build(Hardfork.JOVIAN);
        // 21,000 · 1,000,000 · 100 + 7.
        checkBalances(r, BigInteger.valueOf(2_100_000_000_007L));
        long da = Math.max(100, (-42_585_600L + 836_500L * FastLz.compressedLength(r.tx())) / 1_000_000) * 400;
        assertThat(r.out().header().blobGasUsed()).isEqualTo(da);
        assertThat(r.out().daFootprint()).isEqualTo(da);
        assertThat(Hex.encode(r.out().header().extraData())).isEqualTo("0x01000000fa000000060000000000000000");
    }
}
