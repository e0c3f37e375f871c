package io.kona4j.protocol.sysconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.TestChains;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SystemConfigLogsTest {
    static final Address SC = TestChains.SYSTEM_CONFIG;
    static final SystemConfig BASE = TestChains.GENESIS_SYS;

    @Test
    void eventHashMatchesProtocolMd() {
        assertThat(SystemConfigLogs.CONFIG_UPDATE_EVENT)
                .isEqualTo(Hash.fromHex("0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be"));
    }

    /** A log written out by hand from the ABI layout: type 2 (gas limit) = 0x01c9c380 (30,000,000). */
    @Test
    void decodesHandWrittenGasLimitLog() {
        byte[] data = Hex.decode("0x"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000001c9c380");
        Log log = new Log(SC, List.of(SystemConfigLogs.CONFIG_UPDATE_EVENT, Hash.ZERO, UInt256.valueOf(2).toHash()), data);
        assertThat(SystemConfigLogs.decode(log)).isEqualTo(new SystemConfigUpdate.GasLimit(30_000_000));
        assertThat(SystemConfigLogs.encode(SC, new SystemConfigUpdate.GasLimit(30_000_000))).isEqualTo(log);
    }

    @Test
    void everyTypeApplies() {
        Address batcher = Address.fromHex("0x00000000000000000000000000000000000000b2");
        SystemConfig c = BASE;
        c = apply(c, new SystemConfigUpdate.Batcher(batcher), false);
        assertThat(c.batcherAddress()).isEqualTo(batcher);
        c = apply(c, new SystemConfigUpdate.FeeScalars(UInt256.valueOf(5), UInt256.valueOf(6)), false);
        assertThat(c.overhead()).isEqualTo(UInt256.valueOf(5));
        assertThat(c.scalar()).isEqualTo(UInt256.valueOf(6));
        c = apply(c, new SystemConfigUpdate.GasLimit(60_000_000), false);
        assertThat(c.gasLimit()).isEqualTo(60_000_000);
        assertThat(apply(c, new SystemConfigUpdate.UnsafeBlockSigner(), false)).isEqualTo(c);
        c = apply(c, new SystemConfigUpdate.Eip1559Params(250, 6), false);
        assertThat(c.eip1559Denominator()).isEqualTo(250);
        assertThat(c.eip1559Elasticity()).isEqualTo(6);
        c = apply(c, new SystemConfigUpdate.OperatorFeeParams(0xFFFFFFFFL, -1L), false);
        assertThat(c.operatorFeeScalar()).isEqualTo(0xFFFFFFFFL);
        assertThat(c.operatorFeeConstant()).isEqualTo(-1L);
        c = apply(c, new SystemConfigUpdate.MinBaseFee(1_000_000_000L), false);
        assertThat(c.minBaseFee()).isEqualTo(1_000_000_000L);
        c = apply(c, new SystemConfigUpdate.DaFootprintGasScalar(0xFFFF), false);
        assertThat(c.daFootprintGasScalar()).isEqualTo(0xFFFF);
    }

    @Test
    void feeScalarsAfterEcotone() {
        byte[] v1 = new byte[32];
        v1[0] = 1;
        v1[27] = 3;
        v1[31] = 4;
        SystemConfig c = apply(BASE, new SystemConfigUpdate.FeeScalars(UInt256.valueOf(99), UInt256.fromBytes(v1)), true);
        assertThat(c.overhead()).as("overhead zeroed after Ecotone").isEqualTo(UInt256.ZERO);
        assertThat(c.scalar()).isEqualTo(UInt256.fromBytes(v1));
        byte[] bad = v1.clone();
        bad[10] = 1;
        assertThat(apply(BASE, new SystemConfigUpdate.FeeScalars(UInt256.valueOf(99), UInt256.fromBytes(bad)), true))
                .as("bad padding: ignored, old config kept").isEqualTo(BASE);
        byte[] v7 = new byte[32];
        v7[0] = 7;
        assertThat(apply(BASE, new SystemConfigUpdate.FeeScalars(UInt256.ZERO, UInt256.fromBytes(v7)), true))
                .as("unknown version: ignored").isEqualTo(BASE);
        assertThat(apply(BASE, new SystemConfigUpdate.FeeScalars(UInt256.ZERO, UInt256.fromBytes(v7)), false).scalar())
                .as("before Ecotone any word is taken").isEqualTo(UInt256.fromBytes(v7));
    }

    @Test
    void receiptsFiltering() {
        Log good = SystemConfigLogs.encode(SC, new SystemConfigUpdate.GasLimit(1));
        Log otherEmitter = SystemConfigLogs.encode(TestChains.PORTAL, new SystemConfigUpdate.GasLimit(2));
        Log later = SystemConfigLogs.encode(SC, new SystemConfigUpdate.GasLimit(3));
        Receipt ok = Receipt.of(TxType.EIP1559, true, 1, List.of(good, otherEmitter));
        Receipt failed = Receipt.of(TxType.EIP1559, false, 2, List.of(later));
        assertThat(SystemConfigLogs.applyReceipts(BASE, List.of(ok, failed), SC, false).gasLimit()).isEqualTo(1);
        Receipt ok2 = Receipt.of(TxType.EIP1559, true, 3, List.of(later));
        assertThat(SystemConfigLogs.applyReceipts(BASE, List.of(ok, ok2), SC, false).gasLimit()).isEqualTo(3);
    }

    @Test
    void malformedLogsAreTypedErrors() {
        Log ok = SystemConfigLogs.encode(SC, new SystemConfigUpdate.GasLimit(1));
        List<Hash> t = ok.topics();
        byte[] d = ok.data();
        assertMalformed(new Log(SC, t.subList(0, 2), d), "3 topics");
        assertMalformed(new Log(SC, List.of(t.get(0), UInt256.ONE.toHash(), t.get(2)), d), "version");
        assertMalformed(new Log(SC, List.of(t.get(0), t.get(1), UInt256.valueOf(8).toHash()), d), "type");
        assertMalformed(new Log(SC, List.of(t.get(0), t.get(1), UInt256.parse("0x0100000000000000000000000000000000000000000000000000000000000002").toHash()), d), "type");
        byte[] pointer = d.clone();
        pointer[31] = 0x40;
        assertMalformed(new Log(SC, t, pointer), "pointer");
        byte[] length = d.clone();
        length[63] = 0x40;
        assertMalformed(new Log(SC, t, length), "length");
        assertMalformed(new Log(SC, t, java.util.Arrays.copyOf(d, 95)), "data ends");
        assertMalformed(new Log(SC, t, java.util.Arrays.copyOf(d, 97)), "too many");
        assertMalformed(new Log(SC, t, new byte[10]), "too short");
        byte[] big = d.clone();
        big[64] = 1;
        assertMalformed(new Log(SC, t, big), "64 bits");
        Log batcher = SystemConfigLogs.encode(SC, new SystemConfigUpdate.Batcher(TestChains.BATCHER));
        byte[] pad = batcher.data().clone();
        pad[64] = 1;
        assertMalformed(new Log(SC, batcher.topics(), pad), "padding");
        Log da = SystemConfigLogs.encode(SC, new SystemConfigUpdate.DaFootprintGasScalar(1));
        byte[] wide = da.data().clone();
        wide[93] = 1;
        assertMalformed(new Log(SC, da.topics(), wide), "16 bits");
        // the receipt path names where it failed and stops there
        Receipt r = Receipt.of(TxType.EIP1559, true, 1, List.of(new Log(SC, t, pointer)));
        assertThatThrownBy(() -> SystemConfigLogs.applyReceipts(BASE, List.of(r), SC, false))
                .isInstanceOf(SystemConfigLogException.class).hasMessageContaining("receipt 0, log 0");
    }

    @Test
    void opNodeLeniencyOnEip1559AndOperatorFeeHighBytes() {
        Log e = SystemConfigLogs.encode(SC, new SystemConfigUpdate.Eip1559Params(250, 6));
        byte[] d = e.data().clone();
        d[64] = (byte) 0xff;
        assertThat(SystemConfigLogs.decode(new Log(SC, e.topics(), d))).isEqualTo(new SystemConfigUpdate.Eip1559Params(250, 6));
        Log o = SystemConfigLogs.encode(SC, new SystemConfigUpdate.OperatorFeeParams(1, 2));
        byte[] od = o.data().clone();
        od[64] = (byte) 0xff;
        assertThat(SystemConfigLogs.decode(new Log(SC, o.topics(), od))).isEqualTo(new SystemConfigUpdate.OperatorFeeParams(1, 2));
    }

    private static void assertMalformed(Log log, String message) {
        assertThatThrownBy(() -> SystemConfigLogs.decode(log)).isInstanceOf(SystemConfigLogException.class)
                .hasMessageContaining(message);
    }

    private static SystemConfig apply(SystemConfig c, SystemConfigUpdate u, boolean ecotone) {
        Receipt r = Receipt.of(TxType.EIP1559, true, 1, List.of(SystemConfigLogs.encode(SC, u)));
        return SystemConfigLogs.applyReceipts(c, List.of(r), SC, ecotone);
    }

    // ---- properties

    @Property(tries = 300)
    void roundTrip(@ForAll("updates") SystemConfigUpdate u) {
        assertThat(SystemConfigLogs.decode(SystemConfigLogs.encode(SC, u))).isEqualTo(u);
    }

    @Property(tries = 500)
    void arbitraryDataDecodesOrFailsTyped(@ForAll("types") int type, @ForAll("data") byte[] data) {
        Log log = new Log(SC, List.of(SystemConfigLogs.CONFIG_UPDATE_EVENT, Hash.ZERO, UInt256.valueOf(type).toHash()), data);
        try {
            SystemConfigLogs.decode(log);
        } catch (SystemConfigLogException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Integer> types() {
        return Arbitraries.integers().between(0, 9);
    }

    @Provide
    Arbitrary<byte[]> data() {
        return Arbitraries.integers().between(0, 4).flatMap(mode -> Arbitraries.bytes().array(byte[].class)
                .ofMaxSize(140).map(b -> {
                    if (mode == 0) return b;
                    byte[] out = new byte[64 + (mode == 1 ? 32 : mode == 2 ? 64 : b.length)];
                    out[31] = 32;
                    out[63] = (byte) (mode == 1 ? 32 : mode == 2 ? 64 : b.length);
                    System.arraycopy(b, 0, out, 64, Math.min(b.length, out.length - 64));
                    return out;
                }));
    }

    @Provide
    Arbitrary<SystemConfigUpdate> updates() {
        Arbitrary<UInt256> u256 = Arbitraries.bytes().array(byte[].class).ofMaxSize(32).map(UInt256::fromBytes);
        Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFFFFFFL);
        List<Arbitrary<? extends SystemConfigUpdate>> all = new ArrayList<>();
        all.add(Arbitraries.bytes().array(byte[].class).ofSize(20).map(b -> new SystemConfigUpdate.Batcher(Address.of(b))));
        all.add(net.jqwik.api.Combinators.combine(u256, u256).as(SystemConfigUpdate.FeeScalars::new));
        all.add(Arbitraries.longs().map(SystemConfigUpdate.GasLimit::new));
        all.add(Arbitraries.just(new SystemConfigUpdate.UnsafeBlockSigner()));
        all.add(net.jqwik.api.Combinators.combine(u32, u32).as(SystemConfigUpdate.Eip1559Params::new));
        all.add(net.jqwik.api.Combinators.combine(u32, Arbitraries.longs()).as(SystemConfigUpdate.OperatorFeeParams::new));
        all.add(Arbitraries.longs().map(SystemConfigUpdate.MinBaseFee::new));
        all.add(Arbitraries.integers().between(0, 0xFFFF).map(SystemConfigUpdate.DaFootprintGasScalar::new));
        return Arbitraries.oneOf(all);
    }
}
