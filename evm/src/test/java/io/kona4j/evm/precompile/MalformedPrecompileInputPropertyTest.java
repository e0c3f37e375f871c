package io.kona4j.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.SpecId;
import io.kona4j.primitives.Address;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every precompile a fork installs (0x01–0x11 and 0x100, with the OP input limits) answers malformed input with a
 * failure (null) or an output, never an exception: random bytes at the sizes each contract decodes (so mostly invalid points and
 * field elements), and the same with every 64-byte word's 16 leading bytes cleared so that EIP-2537 field
 * elements pass their padding check and reach the curve and subgroup checks.
 */
class MalformedPrecompileInputPropertyTest {
    private static final List<SpecId> SPECS = List.of(SpecId.CANCUN, SpecId.PRAGUE, SpecId.OSAKA, SpecId.FJORD,
            SpecId.GRANITE, SpecId.ISTHMUS, SpecId.JOVIAN, SpecId.KARST);

    /** Sizes each address decodes: whole points, pairs, MSM terms, KZG's 192 bytes, P256's 160. */
    private static int[] sizesFor(int index) {
        return switch (index) {
            case 0x01 -> new int[] {128};
            case 0x05 -> new int[] {96, 99, 200};
            case 0x06 -> new int[] {128};
            case 0x07 -> new int[] {96};
            case 0x08 -> new int[] {192, 384};
            case 0x09 -> new int[] {213};
            case 0x0a -> new int[] {192};
            case 0x0b -> new int[] {256};
            case 0x0c -> new int[] {160, 320};
            case 0x0d -> new int[] {512};
            case 0x0e -> new int[] {288, 576};
            case 0x0f -> new int[] {384, 768};
            case 0x10 -> new int[] {64};
            case 0x11 -> new int[] {128};
            case 0x100 -> new int[] {160};
            default -> new int[] {32, 64};
        };
    }

    record Case(SpecId spec, int index, byte[] input) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<SpecId> spec = Arbitraries.of(SPECS);
        Arbitrary<Integer> index = Arbitraries.of(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
                0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x100);
        return Combinators.combine(spec, index, Arbitraries.integers().between(0, 2), Arbitraries.longs(),
                Arbitraries.of(true, false)).as((s, i, sizePick, seed, padded) -> {
                    int[] sizes = sizesFor(i);
                    java.util.Random rnd = new java.util.Random(seed);
                    int n = sizePick < sizes.length ? sizes[sizePick] : rnd.nextInt(400);
                    byte[] input = new byte[n];
                    rnd.nextBytes(input);
                    if (padded) {
                        for (int w = 0; w + 64 <= n; w += 64) java.util.Arrays.fill(input, w, w + 16, (byte) 0);
                    }
                    return new Case(s, i, input);
                });
    }

    @Property(tries = 600)
    void malformedInputFailsWithoutThrowing(@ForAll("cases") Case c) {
        byte[] a = new byte[20];
        a[18] = (byte) (c.index() >>> 8);
        a[19] = (byte) c.index();
        PrecompiledContract p = PrecompileRegistry.forSpec(c.spec()).get(Address.of(a));
        if (p == null) return; // not installed in this fork (e.g. BLS before Prague, P256VERIFY before Fjord/Osaka)
        long gas = p.gas(c.input());
        assertThat(gas).isNotNegative();
        // the EVM runs a precompile only when the call can pay for it; a block holds at most 30M gas here
        if (gas <= 30_000_000L) p.run(c.input());
    }
}
