package io.kona4j.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any bytecode with any call data ends as success, revert or halt: never an exception out of the EVM. */
class ArbitraryBytecodePropertyTest {
    private static final Address SENDER = EvmTest.SENDER;
    private static final Address TARGET = EvmTest.TARGET;

    @Provide
    Arbitrary<byte[]> code() {
        // Bias towards real opcodes with small pushes so programs get past their first instructions.
        Arbitrary<Byte> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x60, 0x61).map(Integer::byteValue)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0xf1, (byte) 0xf4, (byte) 0xfa, (byte) 0xf0, (byte) 0xf5,
                        (byte) 0x55, (byte) 0x54, (byte) 0x5e, (byte) 0x3e, (byte) 0x20, (byte) 0xa2, (byte) 0xff, (byte) 0x1e)));
        return op.array(byte[].class).ofMaxSize(300);
    }

    @Property(tries = 400)
    void endsInANormalOutcome(@ForAll("code") byte[] code, @ForAll byte[] calldata, @ForAll("specs") SpecId spec) {
        InMemoryState pre = new InMemoryState();
        pre.put(SENDER, 0, UInt256.valueOf(1_000_000_000_000L), new byte[0], Map.of());
        pre.put(TARGET, 1, UInt256.valueOf(1000), code, Map.of());
        JournaledState state = new JournaledState(pre);
        ExecutionResult r = new Evm(spec, 1).transact(
                Message.call(SENDER, TARGET, UInt256.ONE, calldata, 2_000_000), EvmTest.ENV, state);
        assertThat(r.gasUsed()).isBetween(21_000L, 2_000_000L);
        state.finalizeTransaction(true);
    }

    @Provide
    Arbitrary<SpecId> specs() {
        return Arbitraries.of(SpecId.PARIS, SpecId.SHANGHAI, SpecId.CANCUN, SpecId.PRAGUE, SpecId.OSAKA, SpecId.JOVIAN,
                SpecId.KARST);
    }
}
