package io.kona4j.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.transaction.L1TransactionProcessor;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The Osaka hooks: EIP-7939 CLZ, EIP-7825's transaction gas cap, the Osaka and Karst fork schedule entries. */
class OsakaTest {
    /** PUSH32 x, CLZ, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN. */
    private static String clzProgram(String x) {
        return "0x7f" + x + "1e" + "600052" + "60206000f3";
    }

    private static ExecutionResult run(SpecId spec, String code) {
        JournaledState state = EvmTest.stateWith(code);
        return new Evm(spec, 1).transact(Message.call(EvmTest.SENDER, EvmTest.TARGET, UInt256.ZERO, new byte[0], 100_000),
                EvmTest.ENV, state);
    }

    // The test cases of EIP-7939 (input pushed, CLZ result).
    @ParameterizedTest
    @CsvSource({
        "0000000000000000000000000000000000000000000000000000000000000000, 256",
        "8000000000000000000000000000000000000000000000000000000000000000, 0",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, 0",
        "4000000000000000000000000000000000000000000000000000000000000000, 1",
        "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, 1",
        "0000000000000000000000000000000000000000000000000000000000000001, 255",
    })
    void clzCountsLeadingZeroBitsAsEip7939Says(String x, int expected) {
        for (SpecId spec : new SpecId[] {SpecId.OSAKA, SpecId.KARST}) {
            ExecutionResult r = run(spec, clzProgram(x));
            assertThat(r.status()).isEqualTo(ExecutionResult.Status.SUCCESS);
            assertThat(UInt256.fromBytes(r.output())).isEqualTo(UInt256.valueOf(expected));
        }
    }

    @Test
    void clzCostsFiveGas() {
        // PUSH32 1, CLZ, POP, STOP: 21,000 intrinsic + 3 + 5 (EIP-7939) + 2
        ExecutionResult r = run(SpecId.OSAKA, "0x7f" + "00".repeat(31) + "01" + "1e" + "50" + "00");
        assertThat(r.gasUsed()).isEqualTo(21_000 + 3 + 5 + 2);
    }

    @ParameterizedTest
    @EnumSource(value = SpecId.class, names = {"OSAKA", "KARST"}, mode = EnumSource.Mode.EXCLUDE)
    void clzIsAnInvalidOpcodeBeforeOsaka(SpecId spec) {
        ExecutionResult r = run(spec, clzProgram("00".repeat(32)));
        assertThat(r.status()).isEqualTo(ExecutionResult.Status.HALT);
        assertThat(r.haltReason()).isEqualTo(HaltReason.INVALID_OPCODE);
    }

    private static final byte[] KEY = Hex.decode("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");

    private static LegacyTransaction signedTransfer(long gasLimit) {
        LegacyTransaction u = new LegacyTransaction(0, UInt256.valueOf(10), gasLimit, EvmTest.TARGET, UInt256.ZERO,
                new byte[0], 27, UInt256.ZERO, UInt256.ZERO);
        Signature s = Secp256k1.signHash(u.signingHash(), KEY);
        return new LegacyTransaction(0, UInt256.valueOf(10), gasLimit, EvmTest.TARGET, UInt256.ZERO, new byte[0],
                27 + s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }

    private static JournaledState richSender() {
        InMemoryState pre = new InMemoryState();
        pre.put(EvmTest.SENDER, 0, UInt256.valueOf(1L << 62), new byte[0], Map.of());
        return new JournaledState(pre);
    }

    private static final BlockEnv BIG_BLOCK = new BlockEnv(1, 1000, EvmTest.ENV.coinbase(), 60_000_000,
            UInt256.valueOf(7), EvmTest.ENV.prevRandao(), UInt256.ONE, BlockHashLookup.NONE);

    @ParameterizedTest
    @EnumSource(value = SpecId.class, names = {"OSAKA", "KARST"})
    void aTransactionOverTwoToTheTwentyFourGasIsInvalidFromOsaka(SpecId spec) {
        // EIP-7825: the cap is 16,777,216 = 2^24; a gas limit of exactly the cap is valid
        L1TransactionProcessor p = new L1TransactionProcessor(new Evm(spec, 1));
        assertThat(p.validate(signedTransfer(16_777_216), BIG_BLOCK, richSender())).isEqualTo(EvmTest.SENDER);
        assertThatThrownBy(() -> p.validate(signedTransfer(16_777_217), BIG_BLOCK, richSender()))
                .isInstanceOf(TransactionRejectedException.class).hasMessageContaining("EIP-7825");
    }

    @ParameterizedTest
    @EnumSource(value = SpecId.class, names = {"PRAGUE", "JOVIAN"})
    void beforeOsakaOnlyTheBlockGasLimitBounds(SpecId spec) {
        L1TransactionProcessor p = new L1TransactionProcessor(new Evm(spec, 1));
        assertThat(p.validate(signedTransfer(16_777_217), BIG_BLOCK, richSender())).isEqualTo(EvmTest.SENDER);
    }

    @Test
    void osakaAndKarstUseOsakaRulesAndNothingEarlierDoes() {
        assertThat(SpecId.OSAKA.ethereumFork()).isEqualTo(EthereumFork.OSAKA);
        assertThat(SpecId.KARST.ethereumFork()).isEqualTo(EthereumFork.OSAKA);
        assertThat(SpecId.KARST.isOpAtLeast(SpecId.JOVIAN)).isTrue();
        assertThat(SpecId.forTestName("Osaka")).isEqualTo(SpecId.OSAKA);
        for (SpecId s : SpecId.values()) {
            boolean osaka = s == SpecId.OSAKA || s == SpecId.KARST;
            assertThat(s.isEnabled(EthereumFork.OSAKA)).as("%s", s).isEqualTo(osaka);
            assertThat(s.txGasLimitCap()).as("%s", s).isEqualTo(osaka ? 16_777_216L : Long.MAX_VALUE);
        }
    }

    @Test
    void anOpScheduleReachesKarstAtItsTime() {
        // OP Mainnet: Jovian 1764691201, Karst 1783526401 (PROTOCOL.md §5)
        ForkSchedule op = new ForkSchedule(Map.of(SpecId.ISTHMUS, 1746806401L, SpecId.JOVIAN, 1764691201L,
                SpecId.KARST, 1783526401L));
        assertThat(op.specAt(1783526400L)).isEqualTo(SpecId.JOVIAN);
        assertThat(op.specAt(1783526401L)).isEqualTo(SpecId.KARST);
        assertThat(op.isActive(SpecId.KARST, 1783526401L)).isTrue();
    }

    @Test
    void anEthereumScheduleReachesOsakaAtItsTime() {
        // Ethereum mainnet: Shanghai 1681338455, Cancun 1710338135, Prague 1746612311, Osaka 1764798551
        ForkSchedule l1 = ForkSchedule.ethereum(Map.of(SpecId.SHANGHAI, 1681338455L, SpecId.CANCUN, 1710338135L,
                SpecId.PRAGUE, 1746612311L, SpecId.OSAKA, 1764798551L));
        assertThat(l1.specAt(1681338454L)).isEqualTo(SpecId.PARIS);
        assertThat(l1.specAt(1710338135L)).isEqualTo(SpecId.CANCUN);
        assertThat(l1.specAt(1764798550L)).isEqualTo(SpecId.PRAGUE);
        assertThat(l1.specAt(1764798551L)).isEqualTo(SpecId.OSAKA);
        assertThat(l1.isActive(SpecId.PRAGUE, 1764798551L)).isTrue();
        assertThat(l1.isActive(SpecId.OSAKA, 1764798550L)).isFalse();
        assertThatThrownBy(() -> ForkSchedule.ethereum(Map.of(SpecId.KARST, 0L))).isInstanceOf(EvmException.class);
        assertThatThrownBy(() -> new ForkSchedule(Map.of(SpecId.OSAKA, 0L))).isInstanceOf(EvmException.class);
        assertThatThrownBy(() -> l1.isActive(SpecId.JOVIAN, 0L)).isInstanceOf(IllegalArgumentException.class);
    }
}
