package io.kona4j.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header fields each fork adds, with the constants of PROTOCOL.md §2.6. */
class HeaderAssemblerTest {
    static final Address FEE_RECIPIENT = Address.fromHex("0x4200000000000000000000000000000000000011");
    static final Hash BEACON = Hash.fromHex("0x" + "ab".repeat(32));
    static final Hash PASSER_ROOT = Hash.fromHex("0x" + "cd".repeat(32));

    static Header parent(long time) {
        return Header.builder().number(99).timestamp(time).gasLimit(30_000_000).gasUsed(15_000_000)
                .baseFeePerGas(UInt256.valueOf(1000)).extraData(new byte[0]).build();
    }

    static OpPayloadAttributes attrs(long time, byte[] eip1559, Long minBaseFee) {
        return new OpPayloadAttributes(time, Hash.fromHex("0x" + "11".repeat(32)), FEE_RECIPIENT, List.of(), BEACON,
                List.of(Hex.decode("0x7e01")), true, 30_000_000, eip1559, minBaseFee);
    }

    static Header build(RollupConfig c, OpPayloadAttributes a, List<Receipt> receipts) {
        long pt = a.timestamp() - 2;
        Eip1559Params canyon = new Eip1559Params(250, 6);
        byte[] extra = c.isJovianActive(pt) ? new ExtraData(canyon, 0).encodeJovian()
                : c.isHoloceneActive(pt) ? new ExtraData(canyon, 0).encodeHolocene() : new byte[0];
        Header p = parent(pt).toBuilder().extraData(extra).build();
        L2BlockEnv env = L2BlockEnv.of(c, p, a);
        return HeaderAssembler.assemble(c, p, Hash.ZERO, a, env.baseFee(), env.extraData(),
                new HeaderAssembler.Executed(Hash.EMPTY_TRIE_ROOT, receipts, 21_000, 1234, PASSER_ROOT));
    }

    @Test
    void bedrockHasNoPostLondonFields() {
        Header h = build(TestConfigs.through(Hardfork.REGOLITH, 0), attrs(10, null, null), List.of());
        assertThat(h.withdrawalsRoot()).isNull();
        assertThat(h.blobGasUsed()).isNull();
        assertThat(h.parentBeaconBlockRoot()).isNull();
        assertThat(h.requestsHash()).isNull();
        assertThat(h.extraData()).isEmpty();
        assertThat(h.number()).isEqualTo(100);
        assertThat(h.mixHash()).isEqualTo(Hash.fromHex("0x" + "11".repeat(32)));
        assertThat(h.ommersHash()).isEqualTo(Hash.EMPTY_OMMERS_HASH);
        assertThat(h.beneficiary()).isEqualTo(FEE_RECIPIENT);
        // At target (30M / 6 = 5M < 15M used): pre-Canyon denominator 50: 1000 + 1000·10M/5M/50 = 1040.
        assertThat(h.baseFeePerGas()).isEqualTo(UInt256.valueOf(1040));
    }

    @Test
    void canyonAddsTheEmptyWithdrawalsRootAndDenominator250() {
        Header h = build(TestConfigs.through(Hardfork.DELTA, 0), attrs(10, null, null), List.of());
        assertThat(h.withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(h.blobGasUsed()).isNull();
        // 1000 + 1000·10M/5M/250 = 1008.
        assertThat(h.baseFeePerGas()).isEqualTo(UInt256.valueOf(1008));
    }

    @Test
    void ecotoneAddsBlobFieldsAndTheBeaconRoot() {
        Header h = build(TestConfigs.through(Hardfork.GRANITE, 0), attrs(10, null, null), List.of());
        assertThat(h.blobGasUsed()).isZero();
        assertThat(h.excessBlobGas()).isZero();
        assertThat(h.parentBeaconBlockRoot()).isEqualTo(BEACON);
        assertThat(h.requestsHash()).isNull();
        assertThatThrownBy(() -> build(TestConfigs.through(Hardfork.ECOTONE, 0),
                new OpPayloadAttributes(10, Hash.ZERO, FEE_RECIPIENT, List.of(), null, List.of(), true, 30_000_000,
                        null, null), List.of())).isInstanceOf(InvalidBlockException.class);
    }

    @Test
    void holoceneWritesTheAttributesParamsIntoExtraData() {
        Header h = build(TestConfigs.through(Hardfork.HOLOCENE, 0), attrs(10, Hex.decode("0x0000000a00000002"), null), List.of());
        assertThat(Hex.encode(h.extraData())).isEqualTo("0x000000000a00000002");
        // Zero params → the chain's Canyon constants (250, 6).
        Header z = build(TestConfigs.through(Hardfork.HOLOCENE, 0), attrs(10, new byte[8], null), List.of());
        assertThat(Hex.encode(z.extraData())).isEqualTo("0x00000000fa00000006");
    }

    @Test
    void isthmusUsesTheMessagePasserRootAndRequestsHash() {
        Header h = build(TestConfigs.through(Hardfork.ISTHMUS, 0), attrs(10, new byte[8], null), List.of());
        assertThat(h.withdrawalsRoot()).isEqualTo(PASSER_ROOT);
        assertThat(h.requestsHash())
                .isEqualTo(Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(h.blobGasUsed()).isZero();
    }

    @Test
    void jovianStoresTheDaFootprintAndMinBaseFee() {
        Header h = build(TestConfigs.through(Hardfork.JOVIAN, 0), attrs(10, new byte[8], 7L), List.of());
        assertThat(h.blobGasUsed()).isEqualTo(1234);
        assertThat(Hex.encode(h.extraData())).isEqualTo("0x01000000fa000000060000000000000007");
        assertThatThrownBy(() -> build(TestConfigs.through(Hardfork.JOVIAN, 0), attrs(10, new byte[8], null), List.of()))
                .isInstanceOf(InvalidBlockException.class).hasMessageContaining("minBaseFee");
    }

    @Test
    void jovianParentMetersBlobGasAndClampsToItsMinimum() {
        RollupConfig c = TestConfigs.through(Hardfork.JOVIAN, 0);
        byte[] extra = new ExtraData(new Eip1559Params(250, 6), 5000).encodeJovian();
        Header p = Header.builder().number(5).timestamp(8).gasLimit(30_000_000).gasUsed(1_000_000)
                .baseFeePerGas(UInt256.valueOf(1000)).extraData(extra).withdrawalsRoot(Hash.EMPTY_TRIE_ROOT)
                .blobGasUsed(30_000_000L).excessBlobGas(0L).parentBeaconBlockRoot(Hash.ZERO).build();
        // Metered max(1M, 30M) = 30M: 1000 + 1000·25M/5M/250 = 1020, then clamped to the minimum 5000.
        assertThat(L2BlockEnv.nextBaseFee(c, p, 10)).isEqualTo(UInt256.valueOf(5000));
        byte[] low = new ExtraData(new Eip1559Params(250, 6), 10).encodeJovian();
        assertThat(L2BlockEnv.nextBaseFee(c, p.toBuilder().extraData(low).build(), 10)).isEqualTo(UInt256.valueOf(1020));
    }

    @Test
    void receiptsRootLeavesOutTheDepositNonceBeforeCanyon() {
        Receipt regolith = new Receipt(TxType.DEPOSIT, true, 21_000, io.kona4j.consensus.Bloom.EMPTY, List.of(), 5L, null);
        Receipt canyon = new Receipt(TxType.DEPOSIT, true, 21_000, io.kona4j.consensus.Bloom.EMPTY, List.of(), 5L, 1L);
        Receipt stripped = new Receipt(TxType.DEPOSIT, true, 21_000, io.kona4j.consensus.Bloom.EMPTY, List.of(), null, null);
        RollupConfig c = TestConfigs.through(Hardfork.REGOLITH, 0);
        assertThat(build(c, attrs(10, null, null), List.of(regolith)).receiptsRoot())
                .isEqualTo(build(c, attrs(10, null, null), List.of(stripped)).receiptsRoot());
        assertThat(build(c, attrs(10, null, null), List.of(canyon)).receiptsRoot())
                .isNotEqualTo(build(c, attrs(10, null, null), List.of(stripped)).receiptsRoot());
    }
}
