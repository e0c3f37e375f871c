package io.kona4j.conformance.precompile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.bls12381.Bls12381Precompiles;
import io.kona4j.crypto.kzg.KzgPointEvaluation;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.crypto.precompile.Precompiles;
import io.kona4j.primitives.Hex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * go-ethereum's and op-geth's {@code core/vm/testdata/precompiles}: each {@code [{Input, Expected, Gas, Name}]} case
 * must give exactly the expected output and gas; each {@code fail-*.json} case ({@code [{Input, ExpectedError}]})
 * must fail the call. The contract for each file is in {@link #CONTRACTS}; a file missing from the table counts all
 * its cases as failures.
 */
public final class PrecompileSuite implements Suite {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code folder/file} → contract. go-ethereum's p256Verify.json carries L1 Osaka's gas (EIP-7951, 6900) and
     * op-geth's the RIP-7212 gas OP uses from Fjord (3450); modexp_eip7883.json is L1 Osaka's modexp. The blsG1Mul /
     * blsG2Mul files are single-point MSM cases (EIP-2537 final has no separate multiplication precompiles).
     */
    static final Map<String, Supplier<PrecompiledContract>> CONTRACTS = Map.ofEntries(
            Map.entry("go-ethereum/ecRecover.json", Precompiles::ecrecover),
            Map.entry("go-ethereum/modexp.json", () -> Precompiles.modexp(false)),
            Map.entry("go-ethereum/modexp_eip2565.json", () -> Precompiles.modexp(true)),
            Map.entry("go-ethereum/modexp_eip7883.json", Precompiles::modexpOsaka),
            Map.entry("go-ethereum/bn256Add.json", Precompiles::bn254Add),
            Map.entry("go-ethereum/bn256ScalarMul.json", Precompiles::bn254Mul),
            Map.entry("go-ethereum/bn256Pairing.json", Precompiles::bn254Pairing),
            Map.entry("go-ethereum/blake2F.json", Precompiles::blake2f),
            Map.entry("go-ethereum/fail-blake2f.json", Precompiles::blake2f),
            Map.entry("go-ethereum/p256Verify.json", Precompiles::p256VerifyOsaka),
            Map.entry("op-geth/p256Verify.json", Precompiles::p256Verify),
            Map.entry("go-ethereum/pointEvaluation.json", () -> KzgPointEvaluation.INSTANCE),
            Map.entry("go-ethereum/blsG1Add.json", Bls12381Precompiles::g1Add),
            Map.entry("go-ethereum/fail-blsG1Add.json", Bls12381Precompiles::g1Add),
            Map.entry("go-ethereum/blsG1Mul.json", Bls12381Precompiles::g1Msm),
            Map.entry("go-ethereum/fail-blsG1Mul.json", Bls12381Precompiles::g1Msm),
            Map.entry("go-ethereum/blsG1MultiExp.json", Bls12381Precompiles::g1Msm),
            Map.entry("go-ethereum/fail-blsG1MultiExp.json", Bls12381Precompiles::g1Msm),
            Map.entry("go-ethereum/blsG2Add.json", Bls12381Precompiles::g2Add),
            Map.entry("go-ethereum/fail-blsG2Add.json", Bls12381Precompiles::g2Add),
            Map.entry("go-ethereum/blsG2Mul.json", Bls12381Precompiles::g2Msm),
            Map.entry("go-ethereum/fail-blsG2Mul.json", Bls12381Precompiles::g2Msm),
            Map.entry("go-ethereum/blsG2MultiExp.json", Bls12381Precompiles::g2Msm),
            Map.entry("go-ethereum/fail-blsG2MultiExp.json", Bls12381Precompiles::g2Msm),
            Map.entry("go-ethereum/blsPairing.json", Bls12381Precompiles::pairing),
            Map.entry("go-ethereum/fail-blsPairing.json", Bls12381Precompiles::pairing),
            Map.entry("go-ethereum/blsMapG1.json", Bls12381Precompiles::mapFpToG1),
            Map.entry("go-ethereum/fail-blsMapG1.json", Bls12381Precompiles::mapFpToG1),
            Map.entry("go-ethereum/blsMapG2.json", Bls12381Precompiles::mapFp2ToG2),
            Map.entry("go-ethereum/fail-blsMapG2.json", Bls12381Precompiles::mapFp2ToG2));

    @Override
    public String name() {
        return "precompile";
    }

    @Override
    public String description() {
        return "go-ethereum + op-geth precompile vectors: outputs and gas, fail-* inputs rejected";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("precompiles/go-ethereum"), data.testdata("precompiles/op-geth"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        report.info("secp256k1 back end: " + Secp256k1.get().getClass().getSimpleName()
                + " (-D" + Secp256k1.BACKEND_PROPERTY + "=java|native)");
        for (Path file : files) runFile(file, report);
    }

    private static void runFile(Path file, SuiteReport report) throws Exception {
        String key = file.getParent().getFileName() + "/" + file.getFileName();
        boolean failFile = file.getFileName().toString().startsWith("fail-");
        Supplier<PrecompiledContract> supplier = CONTRACTS.get(key);
        JsonNode root = JSON.readTree(file.toFile());
        int passed = 0;
        int failed = 0;
        PrecompiledContract contract = null;
        String unavailable = null;
        if (supplier == null) {
            unavailable = "no contract is mapped to " + key;
        } else {
            try {
                contract = supplier.get();
            } catch (RuntimeException | LinkageError e) {
                unavailable = "contract for " + key + " unavailable: " + e;
            }
        }
        for (JsonNode t : root) {
            String name = key + "/" + t.path("Name").asText();
            String problem = unavailable != null ? unavailable : check(contract, t, failFile);
            if (problem == null) {
                report.pass(name);
                passed++;
            } else {
                report.fail(name, problem);
                failed++;
            }
        }
        report.info(key + ": " + passed + " passed, " + failed + " failed");
    }

    /** Null when the case passes, else what went wrong. */
    private static String check(PrecompiledContract contract, JsonNode t, boolean failFile) {
        byte[] input = Hex.decode(t.path("Input").asText());
        byte[] out;
        long gas;
        try {
            gas = contract.gas(input);
            out = contract.run(input);
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        if (failFile) {
            return out == null ? null
                    : "expected the call to fail (" + t.path("ExpectedError").asText() + "), got output "
                            + Hex.encode(out);
        }
        if (out == null) return "the call failed; expected output " + t.path("Expected").asText();
        String want = t.path("Expected").asText();
        if (!Hex.encodeNoPrefix(out).equalsIgnoreCase(want)) {
            return "output " + Hex.encodeNoPrefix(out) + ", expected " + want;
        }
        long wantGas = t.path("Gas").asLong();
        if (gas != wantGas) return "gas " + gas + ", expected " + wantGas;
        return null;
    }
}
