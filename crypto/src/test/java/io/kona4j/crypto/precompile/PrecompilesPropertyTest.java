package io.kona4j.crypto.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PrecompilesPropertyTest {
    private static final List<PrecompiledContract> ALL = List.of(
            Precompiles.ecrecover(), Precompiles.sha256(), Precompiles.ripemd160(), Precompiles.identity(),
            Precompiles.modexp(false), Precompiles.modexp(true), Precompiles.modexpOsaka(), Precompiles.bn254Add(),
            Precompiles.bn254Mul(), Precompiles.bn254Pairing(), Precompiles.blake2f(), Precompiles.p256Verify());

    @Provide
    Arbitrary<byte[]> inputs() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                // lengths the contracts care about, filled randomly
                Arbitraries.of(96, 128, 160, 192, 213, 384).flatMap(
                        n -> Arbitraries.bytes().array(byte[].class).ofSize(n)));
    }

    @Property(tries = 300)
    void everyContractAnswersAnyInputWithoutThrowing(@ForAll("inputs") byte[] input) {
        for (PrecompiledContract c : ALL) {
            assertThat(c.gas(input)).isNotNegative();
            c.run(input);
        }
    }

    @Property(tries = 200)
    void modexpWithArbitraryLengthWordsNeverThrowsAndGasSaturates(
            @ForAll @Size(3) List<@IntRange(min = 0, max = 31) Integer> topBytes, @ForAll byte fill,
            @ForAll @Size(max = 64) byte[] tail) {
        byte[] in = new byte[96 + tail.length];
        for (int i = 0; i < 3; i++) Arrays.fill(in, 32 * i + topBytes.get(i), 32 * i + 32, fill);
        System.arraycopy(tail, 0, in, 96, tail.length);
        for (PrecompiledContract c : List.of(Precompiles.modexp(false), Precompiles.modexp(true), Precompiles.modexpOsaka())) {
            long gas = c.gas(in);
            assertThat(gas).isNotNegative();
            byte[] out = c.run(in);
            if (out != null) assertThat(out.length).isLessThanOrEqualTo(1 << 24);
        }
    }

    @Property(tries = 100)
    void pairingInputsOfTheWrongLengthFail(@ForAll @IntRange(min = 1, max = 500) int length) {
        byte[] in = new byte[length];
        if (length % 192 != 0) assertThat(Precompiles.bn254Pairing().run(in)).isNull();
        else assertThat(Precompiles.bn254Pairing().run(in)).hasSize(32);
    }

    @Property(tries = 100)
    void outOfFieldCoordinatesFailTheBn254Calls(@ForAll @IntRange(min = 0, max = 3) int word) {
        byte[] in = new byte[192];
        Arrays.fill(in, 32 * word, 32 * word + 32, (byte) 0xff);
        if (word < 2) {
            assertThat(Precompiles.bn254Add().run(in)).isNull();
            assertThat(Precompiles.bn254Mul().run(in)).isNull();
        }
        assertThat(Precompiles.bn254Pairing().run(in)).isNull();
    }
}
