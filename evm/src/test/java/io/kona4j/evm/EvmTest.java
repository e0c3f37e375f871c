package io.kona4j.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvmTest {
    static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    static final Address TARGET = Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87");
    static final BlockEnv ENV = new BlockEnv(1, 1000, Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"),
            30_000_000, UInt256.valueOf(7), Hash.ZERO, UInt256.ONE, BlockHashLookup.NONE);

    static JournaledState stateWith(String code) {
        InMemoryState pre = new InMemoryState();
        pre.put(SENDER, 0, UInt256.valueOf(1_000_000_000L), new byte[0], Map.of());
        pre.put(TARGET, 0, UInt256.ZERO, Hex.decode(code), Map.of());
        return new JournaledState(pre);
    }

    static ExecutionResult run(String code, JournaledState state) {
        return new Evm(SpecId.CANCUN, 1).transact(Message.call(SENDER, TARGET, UInt256.ZERO, new byte[0], 100_000), ENV, state);
    }

    @Test
    void addsAndStores() {
        // PUSH1 1 PUSH1 1 ADD PUSH1 0 SSTORE STOP: 21,000 + 4 × 3 + cold zero-to-non-zero SSTORE (2,100 + 20,000)
        JournaledState state = stateWith("0x600160010160005500");
        ExecutionResult r = run("0x600160010160005500", state);
        assertThat(r.status()).isEqualTo(ExecutionResult.Status.SUCCESS);
        assertThat(r.gasUsed()).isEqualTo(21_000 + 12 + 22_100);
        assertThat(state.storage(TARGET, UInt256.ZERO)).isEqualTo(UInt256.valueOf(2));
    }

    @Test
    void signedDivisionOfTheMinimumByMinusOneIsTheMinimum() {
        // PUSH32 -1, PUSH1 1 PUSH1 255 SHL (= -2^255), SDIV, PUSH1 0 SSTORE
        String code = "0x7f" + "ff".repeat(32) + "600160ff1b05600055";
        JournaledState state = stateWith(code);
        run(code, state);
        assertThat(state.storage(TARGET, UInt256.ZERO).toBigInteger()).isEqualTo(java.math.BigInteger.ONE.shiftLeft(255));
    }

    @Test
    void mulmodUsesTheFullProduct() {
        // MULMOD(2^256-1, 2^256-1, 12): (2^256-1)^2 mod 12; 2^256 ≡ 4 (mod 12), so 2^256-1 ≡ 3 and 3·3 = 9
        String code = "0x600c" + "7f" + "ff".repeat(32) + "7f" + "ff".repeat(32) + "09600055";
        JournaledState state = stateWith(code);
        run(code, state);
        assertThat(state.storage(TARGET, UInt256.ZERO)).isEqualTo(UInt256.valueOf(9));
    }

    @Test
    void revertKeepsStorageAndReturnsData() {
        // SSTORE(0, 1) then REVERT(0, 0)
        String code = "0x600160005560006000fd";
        JournaledState state = stateWith(code);
        ExecutionResult r = run(code, state);
        assertThat(r.status()).isEqualTo(ExecutionResult.Status.REVERT);
        assertThat(state.storage(TARGET, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
    }

    @Test
    void intrinsicGasAboveTheLimitIsRejected() {
        JournaledState state = stateWith("0x00");
        Evm evm = new Evm(SpecId.CANCUN, 1);
        assertThatThrownBy(() -> evm.transact(Message.call(SENDER, TARGET, UInt256.ZERO, new byte[0], 20_999), ENV, state))
                .isInstanceOf(TransactionRejectedException.class);
    }

    @Test
    void createAddressesMatchKnownValues() {
        // the classic example: sender 0x6ac7…dbf0 at nonces 0 and 1
        Address s = Address.fromHex("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
        assertThat(Evm.createAddress(s, 0)).isEqualTo(Address.fromHex("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d"));
        assertThat(Evm.createAddress(s, 1)).isEqualTo(Address.fromHex("0x343c43a37d37dff08ae8c4a11544c718abb4fcf8"));
    }

    @Test
    void create2AddressesMatchEip1014Examples() {
        assertThat(Interpreter.create2Address(Address.ZERO, UInt256.ZERO, new byte[] {0}))
                .isEqualTo(Address.fromHex("0x4D1A2e2bB4F88F0250f26Ffff098B0b30B26BF38"));
        assertThat(Interpreter.create2Address(Address.fromHex("0xdeadbeef00000000000000000000000000000000"), UInt256.ZERO,
                new byte[] {0})).isEqualTo(Address.fromHex("0xB928f69Bb1D91Cd65274e3c79d8986362984fDA3"));
        assertThat(Interpreter.create2Address(Address.fromHex("0x00000000000000000000000000000000deadbeef"),
                UInt256.valueOf(0xcafebabeL), Hex.decode("0xdeadbeef")))
                .isEqualTo(Address.fromHex("0x60f3f640a8508fC6a86d45DF051962668E1e8AC7"));
    }
}
