package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.primitives.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-ethereum's EIP-2537 vectors (outputs and gas) and its fail-* files (rejected), on the pure-Java back end. */
class Bls12381PrecompilesVectorTest {
    static PrecompiledContract contract(String name, Bls12381Backend backend) {
        return switch (name) {
            case "blsG1Add" -> Bls12381Precompiles.g1Add(backend);
            case "blsG1MultiExp" -> Bls12381Precompiles.g1Msm(backend);
            case "blsG2Add" -> Bls12381Precompiles.g2Add(backend);
            case "blsG2MultiExp" -> Bls12381Precompiles.g2Msm(backend);
            case "blsPairing" -> Bls12381Precompiles.pairing(backend);
            case "blsMapG1" -> Bls12381Precompiles.mapFpToG1();
            case "blsMapG2" -> Bls12381Precompiles.mapFp2ToG2();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Runs one vector file and its fail-* twin; returns the names of the vectors that did not behave. */
    static List<String> runFile(String name, Bls12381Backend backend) {
        PrecompiledContract c = contract(name, backend);
        List<String> failures = new ArrayList<>();
        List<PrecompileVectors.Vector> ok = PrecompileVectors.load(name + ".json");
        for (PrecompileVectors.Vector v : ok) {
            byte[] out = c.run(v.input());
            long gas = c.gas(v.input());
            if (!Arrays.equals(out, v.expected()) || gas != v.gas()) {
                failures.add(v.name() + " (gas " + gas + " vs " + v.gas() + ", out "
                        + (out == null ? "null" : Hex.encode(out)) + ")");
            }
        }
        List<PrecompileVectors.Vector> bad = PrecompileVectors.load("fail-" + name + ".json");
        for (PrecompileVectors.Vector v : bad) {
            byte[] out = c.run(v.input());
            if (out != null) {
                failures.add(v.name() + " accepted (" + v.expectedError() + ")");
            }
        }
        System.out.printf("%s [%s]: %d passed, %d failed (%d vectors + %d fail vectors)%n", name, backend.name(),
                ok.size() + bad.size() - failures.size(), failures.size(), ok.size(), bad.size());
        return failures;
    }

    @ParameterizedTest
    @CsvSource({"blsG1Add", "blsG1MultiExp", "blsG2Add", "blsG2MultiExp", "blsPairing", "blsMapG1", "blsMapG2"})
    void vectors(String name) {
        assertThat(runFile(name, JavaBls12381.INSTANCE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"blsG1Add", "blsG1MultiExp", "blsG2Add", "blsG2MultiExp", "blsPairing"})
    void vectorsOnBlst(String name) {
        assertThat(runFile(name, BlstBls12381.instance())).isEmpty();
    }
}
