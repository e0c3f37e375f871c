package io.kona4j.protocol.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlobParams;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.TestChains;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class L1BlockInfoTest {
    /** OP Sepolia block 26207960's L1-info calldata (Ecotone layout), fields read by hand from the spec layout. */
    static final String SEPOLIA_ECOTONE = "0x440a5e2000001db0000d273000000000000000000000000067f6a91000000000007b5f41"
            + "0000000000000000000000000000000000000000000000000000000001d276cd"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "9244875342f5e0c1624d00f249b1a7996137b1eb44bdf16396f98f76a1bec6fa"
            + "0000000000000000000000008f23bb38f531600e5d8fddaaec41f13fab46e98c";

    @Test
    void decodesRealEcotoneCalldata() {
        byte[] cd = Hex.decode(SEPOLIA_ECOTONE);
        L1BlockInfo info = L1BlockInfo.decode(cd);
        assertThat(info).isInstanceOf(L1BlockInfoEcotone.class);
        L1BlockInfoEcotone e = (L1BlockInfoEcotone) info;
        assertThat(e.baseFeeScalar()).isEqualTo(7600);
        assertThat(e.blobBaseFeeScalar()).isEqualTo(862000);
        assertThat(e.sequenceNumber()).isZero();
        assertThat(e.time()).isEqualTo(1744218384L);
        assertThat(e.number()).isEqualTo(8085313L);
        assertThat(e.baseFee()).isEqualTo(UInt256.valueOf(30570189));
        assertThat(e.blobBaseFee()).isEqualTo(UInt256.ONE);
        assertThat(e.blockHash()).isEqualTo(Hash.fromHex("0x9244875342f5e0c1624d00f249b1a7996137b1eb44bdf16396f98f76a1bec6fa"));
        assertThat(e.batcherAddress()).isEqualTo(Address.fromHex("0x8f23bb38f531600e5d8fddaaec41f13fab46e98c"));
        assertThat(e.encode()).isEqualTo(cd);
    }

    @Test
    void sourceHashOfRealL1InfoDeposits() {
        Hash l1 = Hash.fromHex("0x9244875342f5e0c1624d00f249b1a7996137b1eb44bdf16396f98f76a1bec6fa");
        assertThat(io.kona4j.protocol.deposits.DepositSource.l1Info(l1, 0))
                .isEqualTo(Hash.fromHex("0x77efb5d9d697e7e37fffcb8b904e28df49667b73d9fc17515eb0e4a0c377d3db"));
        assertThat(io.kona4j.protocol.deposits.DepositSource.l1Info(l1, 1))
                .isEqualTo(Hash.fromHex("0x0e28de8b2a7972f6f1dd8b3bf52953cb83592cffd0c41e6b120fcec48a81b1dc"));
    }

    @Test
    void selectorsAndLengths() {
        assertThat(sample(0).encode()).hasSize(260).startsWith(0x01, 0x5d, 0x8e, 0xb9);
        assertThat(sample(1).encode()).hasSize(164).startsWith(0x44, 0x0a, 0x5e, 0x20);
        assertThat(sample(2).encode()).hasSize(176).startsWith(0x09, 0x89, 0x99, 0xbe);
        assertThat(sample(3).encode()).hasSize(178).startsWith(0x3d, 0xb6, 0xbe, 0x2b);
    }

    @Test
    void malformedCalldataIsATypedError() {
        assertThatThrownBy(() -> L1BlockInfo.decode(new byte[3])).isInstanceOf(L1InfoDecodeException.class)
                .hasMessageContaining("selector");
        assertThatThrownBy(() -> L1BlockInfo.decode(Hex.decode("0xdeadbeef"))).isInstanceOf(L1InfoDecodeException.class)
                .hasMessageContaining("0xdeadbeef");
        for (int variant = 0; variant < 4; variant++) {
            byte[] full = sample(variant).encode();
            for (int len : new int[] {4, full.length - 1, full.length + 1}) {
                byte[] cut = java.util.Arrays.copyOf(full, len);
                assertThatThrownBy(() -> L1BlockInfo.decode(cut)).isInstanceOf(L1InfoDecodeException.class)
                        .hasMessageContaining("length");
            }
        }
        byte[] bedrock = sample(0).encode();
        bedrock[4] = 1;
        assertThatThrownBy(() -> L1BlockInfo.decode(bedrock)).isInstanceOf(L1InfoDecodeException.class)
                .hasMessageContaining("64 bits");
        byte[] ecotone = sample(1).encode();
        ecotone[132] = 1;
        assertThatThrownBy(() -> L1BlockInfo.decode(ecotone)).isInstanceOf(L1InfoDecodeException.class)
                .hasMessageContaining("padding");
    }

    static L1BlockInfo sample(int variant) {
        Hash h = Hash.fromHex("0x" + "cd".repeat(32));
        Address b = TestChains.BATCHER;
        return switch (variant) {
            case 0 -> new L1BlockInfoBedrock(1, 2, UInt256.valueOf(3), h, 4, b, UInt256.valueOf(5), UInt256.valueOf(6));
            case 1 -> new L1BlockInfoEcotone(1, 2, UInt256.valueOf(3), h, 4, b, UInt256.valueOf(7), 8, 9);
            case 2 -> new L1BlockInfoIsthmus(1, 2, UInt256.valueOf(3), h, 4, b, UInt256.valueOf(7), 8, 9, 10, 11);
            default -> new L1BlockInfoJovian(1, 2, UInt256.valueOf(3), h, 4, b, UInt256.valueOf(7), 8, 9, 10, 11, 12);
        };
    }

    // ---- which layout, per PROTOCOL.md §1.10: forks at 1000 (Ecotone), 2000 (Isthmus), 3000 (Jovian); 2 s blocks

    static final RollupConfig FORKS = TestChains.rollup(HardForks.through(Hardfork.DELTA, 0)
            .with(Hardfork.ECOTONE, 1000L).with(Hardfork.FJORD, 1000L).with(Hardfork.GRANITE, 1000L)
            .with(Hardfork.HOLOCENE, 1000L).with(Hardfork.ISTHMUS, 2000L).with(Hardfork.JOVIAN, 3000L));
    static final Header L1 = TestChains.l1Header(500, 900, Hash.ZERO, 7, 0L, Hash.ZERO);
    static final Hash L1_HASH = L1.hash();

    static L1BlockInfo at(long l2Time, SystemConfig sys) {
        return L1InfoTransaction.l1BlockInfo(FORKS, L1ChainConfig.MAINNET, sys, 3, L1, L1_HASH, l2Time);
    }

    @Test
    void layoutByForkWithFirstBlockRules() {
        SystemConfig sys = TestChains.GENESIS_SYS;
        assertThat(at(998, sys)).isInstanceOf(L1BlockInfoBedrock.class);
        assertThat(at(1000, sys)).as("first Ecotone block keeps Bedrock").isInstanceOf(L1BlockInfoBedrock.class);
        assertThat(at(1002, sys)).isInstanceOf(L1BlockInfoEcotone.class);
        assertThat(at(2000, sys)).as("first Isthmus block keeps Ecotone").isInstanceOf(L1BlockInfoEcotone.class);
        assertThat(at(2002, sys)).isInstanceOf(L1BlockInfoIsthmus.class);
        assertThat(at(3000, sys)).as("first Jovian block keeps Isthmus").isInstanceOf(L1BlockInfoIsthmus.class);
        assertThat(at(3002, sys)).isInstanceOf(L1BlockInfoJovian.class);
    }

    @Test
    void fieldsFromConfigAndHeader() {
        SystemConfig sys = TestChains.GENESIS_SYS.withOperatorFee(17L, 19L).withDaFootprintGasScalar(0);
        L1BlockInfoBedrock b = (L1BlockInfoBedrock) at(1000, sys);
        assertThat(b.l1FeeOverhead()).isEqualTo(UInt256.valueOf(0xbc));
        assertThat(b.l1FeeScalar()).isEqualTo(UInt256.valueOf(0xa6fe0));
        assertThat(b.number()).isEqualTo(500);
        assertThat(b.time()).isEqualTo(900);
        assertThat(b.baseFee()).isEqualTo(UInt256.valueOf(7));
        assertThat(b.sequenceNumber()).isEqualTo(3);
        L1BlockInfoJovian j = (L1BlockInfoJovian) at(3002, sys);
        assertThat(j.baseFeeScalar()).as("v0 scalar: base fee scalar in [28:32]").isEqualTo(0xa6fe0);
        assertThat(j.blobBaseFeeScalar()).isZero();
        assertThat(j.blobBaseFee()).as("excess 0 → 1 wei").isEqualTo(UInt256.ONE);
        assertThat(j.operatorFeeScalar()).isEqualTo(17);
        assertThat(j.operatorFeeConstant()).isEqualTo(19);
        assertThat(j.daFootprintGasScalar()).as("0 is written as 400").isEqualTo(400);
        assertThat(((L1BlockInfoJovian) at(3002, sys.withDaFootprintGasScalar(7))).daFootprintGasScalar()).isEqualTo(7);
    }

    @Test
    void ecotoneScalarEncodings() {
        byte[] v1 = new byte[32];
        v1[0] = 1;
        v1[27] = 0x10; // blob scalar 16
        v1[31] = 0x20; // base scalar 32
        L1BlockInfoEcotone e = (L1BlockInfoEcotone) at(1002, TestChains.GENESIS_SYS.withFeeScalars(UInt256.ZERO,
                UInt256.fromBytes(v1)));
        assertThat(e.blobBaseFeeScalar()).isEqualTo(16);
        assertThat(e.baseFeeScalar()).isEqualTo(32);
        byte[] v0dirty = new byte[32];
        v0dirty[5] = 1;
        v0dirty[31] = 9;
        L1BlockInfoEcotone dirty = (L1BlockInfoEcotone) at(1002, TestChains.GENESIS_SYS.withFeeScalars(UInt256.ZERO,
                UInt256.fromBytes(v0dirty)));
        assertThat(dirty.baseFeeScalar()).as("op-node: padded v0 reads as MaxUint32").isEqualTo(0xFFFFFFFFL);
        byte[] v2 = new byte[32];
        v2[0] = 2;
        assertThatThrownBy(() -> at(1002, TestChains.GENESIS_SYS.withFeeScalars(UInt256.ZERO, UInt256.fromBytes(v2))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("version 2");
    }

    @Test
    void blobBaseFeeFollowsTheL1Fork() {
        Header cancun = TestChains.l1Header(1, 1710338135L, Hash.ZERO, 1, 3_338_477L, Hash.ZERO);
        Header prague = TestChains.l1Header(1, 1746612311L, Hash.ZERO, 1, 3_338_477L, Hash.ZERO);
        var c = (L1BlockInfoEcotone) L1InfoTransaction.l1BlockInfo(FORKS, L1ChainConfig.MAINNET,
                TestChains.GENESIS_SYS, 0, cancun, cancun.hash(), 1002);
        var p = (L1BlockInfoEcotone) L1InfoTransaction.l1BlockInfo(FORKS, L1ChainConfig.MAINNET,
                TestChains.GENESIS_SYS, 0, prague, prague.hash(), 1002);
        assertThat(c.blobBaseFee()).isEqualTo(UInt256.valueOf(2));
        assertThat(p.blobBaseFee()).isEqualTo(BlobParams.PRAGUE.blobBaseFee(3_338_477L)).isEqualTo(UInt256.ONE);
        Header noBlobs = TestChains.l1Header(1, 100, Hash.ZERO, 1, null, null);
        var n = (L1BlockInfoEcotone) L1InfoTransaction.l1BlockInfo(FORKS, L1ChainConfig.MAINNET,
                TestChains.GENESIS_SYS, 0, noBlobs, noBlobs.hash(), 1002);
        assertThat(n.blobBaseFee()).isEqualTo(UInt256.ONE);
    }

    @Test
    void depositFieldsBeforeAndFromRegolith() {
        RollupConfig pre = TestChains.rollup(HardForks.NONE.with(Hardfork.REGOLITH, 10L));
        DepositTransaction before = L1InfoTransaction.build(pre, L1ChainConfig.MAINNET, TestChains.GENESIS_SYS, 0, L1,
                L1_HASH, 8);
        assertThat(before.gasLimit()).isEqualTo(150_000_000L);
        assertThat(before.isSystemTransaction()).isTrue();
        DepositTransaction after = L1InfoTransaction.build(pre, L1ChainConfig.MAINNET, TestChains.GENESIS_SYS, 0, L1,
                L1_HASH, 10);
        assertThat(after.gasLimit()).isEqualTo(1_000_000L);
        assertThat(after.isSystemTransaction()).isFalse();
        assertThat(after.from()).isEqualTo(Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001"));
        assertThat(after.to()).isEqualTo(Predeploys.L1_BLOCK);
        assertThat(after.mint()).isEqualTo(UInt256.ZERO);
        assertThat(after.value()).isEqualTo(UInt256.ZERO);
        assertThat(L1InfoTransaction.fromTransaction(after)).isEqualTo(L1BlockInfo.decode(after.input()));
    }

    // ---- properties

    @Property(tries = 300)
    void roundTrip(@ForAll("infos") L1BlockInfo info) {
        byte[] cd = info.encode();
        assertThat(L1BlockInfo.decode(cd)).isEqualTo(info);
    }

    @Property(tries = 500)
    void arbitraryBytesDecodeOrFailTyped(@ForAll("calldata") byte[] data) {
        try {
            L1BlockInfo info = L1BlockInfo.decode(data);
            assertThat(info.encode()).isEqualTo(data);
        } catch (L1InfoDecodeException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /**
     * A known (or unknown) selector followed by either random bytes of random length, or a body of exactly a layout's
     * length that is mostly zero (each byte non-zero with probability 1/16), so the padding checks pass or fail.
     */
    @Provide
    Arbitrary<byte[]> calldata() {
        Arbitrary<Integer> selector = Arbitraries.of(0x015d8eb9, 0x440a5e20, 0x098999be, 0x3db6be2b, 0x12345678);
        Arbitrary<byte[]> randomBody = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> sparseBody = Arbitraries.of(256, 160, 172, 174).flatMap(n -> Arbitraries.integers()
                .between(0, 255).array(int[].class).ofSize(n).map(a -> {
                    byte[] b = new byte[n];
                    for (int k = 0; k < n; k++) if ((a[k] & 0xF) == 0) b[k] = (byte) a[k];
                    return b;
                }));
        return Combinators.combine(selector, Arbitraries.oneOf(randomBody, sparseBody)).as((s, body) -> {
            byte[] out = new byte[4 + body.length];
            out[0] = (byte) (s >>> 24);
            out[1] = (byte) (s >>> 16);
            out[2] = (byte) (s >>> 8);
            out[3] = (byte) (int) s;
            System.arraycopy(body, 0, out, 4, body.length);
            return out;
        });
    }

    @Provide
    Arbitrary<L1BlockInfo> infos() {
        Arbitrary<Long> u64 = Arbitraries.longs();
        Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFFFFFFL);
        Arbitrary<Hash> hash = Arbitraries.bytes().array(byte[].class).ofSize(32).map(Hash::wrap);
        Arbitrary<UInt256> u256 = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(32).map(UInt256::fromBytes);
        Arbitrary<Address> addr = Arbitraries.bytes().array(byte[].class).ofSize(20).map(Address::of);
        Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        return Combinators.combine(kind, u64, u64, u256, hash, u64, addr, u256).flatAs((k, n, t, bf, h, seq, a, x) ->
                Combinators.combine(u256, u32, u32, u32, u64, u16).as((y, s1, s2, s3, c, da) -> switch (k) {
                    case 0 -> (L1BlockInfo) new L1BlockInfoBedrock(n, t, bf, h, seq, a, x, y);
                    case 1 -> new L1BlockInfoEcotone(n, t, bf, h, seq, a, y, s1, s2);
                    case 2 -> new L1BlockInfoIsthmus(n, t, bf, h, seq, a, y, s1, s2, s3, c);
                    default -> new L1BlockInfoJovian(n, t, bf, h, seq, a, y, s1, s2, s3, c, da);
                }));
    }
}
