package io.kona4j.protocol.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.TestChains;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UserDepositsTest {
    static final Address PORTAL = TestChains.PORTAL;
    static final Hash L1 = Hash.fromHex("0x" + "77".repeat(32));
    static final Address FROM = Address.fromHex("0x00000000000000000000000000000000000000f1");
    static final Address TO = Address.fromHex("0x00000000000000000000000000000000000000f2");

    @Test
    void eventHashMatchesProtocolMd() {
        assertThat(UserDeposits.TRANSACTION_DEPOSITED_EVENT)
                .isEqualTo(Hash.fromHex("0xb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c32"));
    }

    /** A log laid out by hand: mint 1 ether, value 2, gas 100000, call, data 0xabcd (75 bytes of opaque data). */
    @Test
    void decodesHandWrittenLog() {
        String opaque = "0000000000000000000000000000000000000000000000000de0b6b3a7640000"
                + "0000000000000000000000000000000000000000000000000000000000000002"
                + "00000000000186a0" + "00" + "abcd";
        byte[] data = Hex.decode("0x"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "000000000000000000000000000000000000000000000000000000000000004b"
                + opaque + "00".repeat(96 - 75));
        Log log = new Log(PORTAL, List.of(UserDeposits.TRANSACTION_DEPOSITED_EVENT, Hash.wrap(FROM.toWord()),
                Hash.wrap(TO.toWord()), Hash.ZERO), data);
        DepositTransaction d = UserDeposits.fromLog(log, L1, 5);
        assertThat(d.from()).isEqualTo(FROM);
        assertThat(d.to()).isEqualTo(TO);
        assertThat(d.mint()).isEqualTo(UInt256.valueOf(1_000_000_000_000_000_000L));
        assertThat(d.value()).isEqualTo(UInt256.valueOf(2));
        assertThat(d.gasLimit()).isEqualTo(100_000);
        assertThat(d.input()).isEqualTo(Hex.decode("0xabcd"));
        assertThat(d.isSystemTransaction()).isFalse();
        byte[] inner = new byte[64];
        System.arraycopy(L1.unsafeBytes(), 0, inner, 0, 32);
        inner[63] = 5;
        byte[] outer = new byte[64];
        System.arraycopy(Keccak256.digest(inner), 0, outer, 32, 32);
        assertThat(d.sourceHash()).as("keccak(0 ‖ keccak(l1Hash ‖ logIndex))").isEqualTo(Keccak256.hash(outer));
        assertThat(UserDeposits.toLog(PORTAL, FROM, TO, d.mint(), d.value(), 100_000, false, Hex.decode("0xabcd")))
                .isEqualTo(log);
    }

    @Test
    void receiptsUseBlockWideLogIndexAndSkipFailures() {
        Log other = new Log(Address.ZERO, List.of(Hash.ZERO), new byte[0]);
        Log dep = UserDeposits.toLog(PORTAL, FROM, TO, UInt256.ZERO, UInt256.ZERO, 21_000, false, new byte[0]);
        Log fromOtherContract = UserDeposits.toLog(TO, FROM, TO, UInt256.ZERO, UInt256.ZERO, 21_000, false, new byte[0]);
        Receipt r0 = Receipt.of(TxType.LEGACY, true, 1, List.of(other, other));
        Receipt failed = Receipt.of(TxType.LEGACY, false, 2, List.of(dep));
        Receipt r2 = Receipt.of(TxType.LEGACY, true, 3, List.of(fromOtherContract, dep));
        List<DepositTransaction> ds = UserDeposits.fromReceipts(List.of(r0, failed, r2), PORTAL, L1);
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).sourceHash()).as("log index 4: two before, one in the failed receipt, one skipped")
                .isEqualTo(DepositSource.userDeposit(L1, 4));
    }

    @Test
    void creationHasNoRecipient() {
        Log log = UserDeposits.toLog(PORTAL, FROM, TO, UInt256.ZERO, UInt256.ZERO, 1, true, new byte[] {1});
        assertThat(UserDeposits.fromLog(log, L1, 0).to()).isNull();
    }

    @Test
    void malformedLogs() {
        Log ok = UserDeposits.toLog(PORTAL, FROM, TO, UInt256.ONE, UInt256.ONE, 1, false, new byte[40]);
        List<Hash> t = ok.topics();
        byte[] d = ok.data();
        bad(new Log(PORTAL, t.subList(0, 3), d), "4 topics");
        bad(new Log(PORTAL, List.of(t.get(0), t.get(1), t.get(2), Hash.wrap(UInt256.ONE.toBytes32())), d), "version");
        bad(new Log(PORTAL, t, Arrays.copyOf(d, 63)), "slice header");
        bad(new Log(PORTAL, t, Arrays.copyOf(d, d.length + 1)), "multiple of 32");
        byte[] offset = d.clone();
        offset[31] = 0x40;
        bad(new Log(PORTAL, t, offset), "offset");
        byte[] tooLong = d.clone();
        tooLong[63] = (byte) 200;
        bad(new Log(PORTAL, t, tooLong), "length");
        byte[] padded = Bytes.concat(d, new byte[32]);
        bad(new Log(PORTAL, t, padded), "length");
        byte[] hugeLength = d.clone();
        hugeLength[32] = 1;
        bad(new Log(PORTAL, t, hugeLength), "length");
        Log shortOpaque = UserDeposits.toLog(PORTAL, FROM, TO, UInt256.ONE, UInt256.ONE, 1, false, new byte[0]);
        byte[] s = shortOpaque.data().clone();
        s[63] = 72;
        bad(new Log(PORTAL, t, s), "at least 73");
        Receipt r = Receipt.of(TxType.LEGACY, true, 1, List.of(new Log(PORTAL, t, offset)));
        assertThatThrownBy(() -> UserDeposits.fromReceipts(List.of(r), PORTAL, L1))
                .isInstanceOf(DepositLogException.class).hasMessageContaining("receipt 0");
    }

    private static void bad(Log log, String msg) {
        assertThatThrownBy(() -> UserDeposits.fromLog(log, L1, 0)).isInstanceOf(DepositLogException.class)
                .hasMessageContaining(msg);
    }

    @Property(tries = 300)
    void roundTrip(@ForAll("deposits") DepositTransaction d) {
        Log log = UserDeposits.toLog(PORTAL, d.from(), d.to() == null ? TO : d.to(), d.mint(), d.value(), d.gasLimit(),
                d.to() == null, d.input());
        assertThat(UserDeposits.fromLog(log, L1, 9)).isEqualTo(d);
    }

    @Property(tries = 500)
    void arbitraryDataDecodesOrFailsTyped(@ForAll("data") byte[] data) {
        Log log = new Log(PORTAL, List.of(UserDeposits.TRANSACTION_DEPOSITED_EVENT, Hash.ZERO, Hash.ZERO, Hash.ZERO), data);
        try {
            DepositTransaction d = UserDeposits.fromLog(log, L1, 0);
            assertThat(d.input().length).isLessThanOrEqualTo(data.length);
        } catch (DepositLogException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<byte[]> data() {
        return Arbitraries.integers().between(0, 2).flatMap(mode -> Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(b -> {
                    if (mode == 0) return b;
                    int body = (b.length + 31) / 32 * 32;
                    byte[] out = new byte[64 + body];
                    out[31] = 32;
                    out[63] = (byte) (mode == 1 ? b.length : (b.length & 0x7f));
                    System.arraycopy(b, 0, out, 64, b.length);
                    return out;
                }));
    }

    @Provide
    Arbitrary<DepositTransaction> deposits() {
        Arbitrary<UInt256> u256 = Arbitraries.bytes().array(byte[].class).ofMaxSize(32).map(UInt256::fromBytes);
        Arbitrary<Address> addr = Arbitraries.bytes().array(byte[].class).ofSize(20).map(Address::of);
        Arbitrary<Address> to = Arbitraries.oneOf(addr, Arbitraries.just(null));
        Arbitrary<byte[]> input = Arbitraries.bytes().array(byte[].class).ofMaxSize(100);
        return Combinators.combine(addr, to, u256, u256, Arbitraries.longs(), input).as((f, t, m, v, g, in) ->
                new DepositTransaction(DepositSource.userDeposit(L1, 9), f, t, m, v, g, false, in));
    }
}
