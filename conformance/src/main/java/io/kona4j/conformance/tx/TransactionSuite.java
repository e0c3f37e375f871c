package io.kona4j.conformance.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.IntrinsicGas;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TransactionValidation;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * ethereum/tests TransactionTests and EEST transaction_tests: {@code {txbytes, result: {Fork: {hash, sender,
 * intrinsicGas} | {exception}}}}. Each test is checked under the Cancun and Prague expectations it has (kona4j's L1
 * forks; OP Ecotone and Isthmus); a test with neither — the RLP-rejection files stop at Shanghai — is checked under
 * its newest fork. A valid case must decode, pass {@link TransactionValidation} for chain id 1, and give the listed
 * hash, sender and intrinsic gas; an {@code exception} case must be rejected by decoding or validation.
 */
public final class TransactionSuite implements Suite {
    private static final long CHAIN_ID = 1;
    private static final List<String> TARGET_FORKS = List.of("Cancun", "Prague");

    @Override
    public String name() {
        return "tx";
    }

    @Override
    public String description() {
        return "ethereum/tests TransactionTests + EEST Prague transaction_tests: decoding, hash, sender, intrinsic gas";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/TransactionTests"), data.testdata("eest-prague/transaction_tests"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path file : jsonFiles(paths)) {
            JsonNode root = json.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode results = e.getValue().get("result");
                List<String> forks = new ArrayList<>();
                for (String f : TARGET_FORKS) if (results.has(f)) forks.add(f);
                if (forks.isEmpty()) forks.add(newestFork(results));
                for (String fork : forks) {
                    String name = file.getFileName() + "/" + e.getKey() + "@" + fork;
                    try {
                        String problem = check(e.getValue().get("txbytes").asText(), EthereumFork.fromTestName(fork),
                                results.get(fork));
                        if (problem == null) report.pass(name);
                        else report.fail(name, problem);
                    } catch (RuntimeException ex) {
                        report.fail(name, "unexpected " + ex);
                    }
                }
            }
        }
    }

    private static String newestFork(JsonNode results) {
        EthereumFork best = null;
        String bestName = null;
        for (Iterator<String> it = results.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            EthereumFork f = EthereumFork.fromTestName(n);
            if (best == null || f.isAtLeast(best)) {
                best = f;
                bestName = n;
            }
        }
        return bestName;
    }

    private static String check(String txHex, EthereumFork fork, JsonNode expect) {
        String exception = expect.has("exception") ? expect.get("exception").asText() : null;
        SignedTransaction tx;
        Address sender;
        try {
            Transaction decoded = Transaction.decode(Hex.decode(txHex));
            if (!(decoded instanceof SignedTransaction signed)) {
                throw new ConsensusException("deposit transactions are not valid on L1");
            }
            tx = signed;
            sender = TransactionValidation.validate(tx, fork, CHAIN_ID, fork.isAtLeast(EthereumFork.PRAGUE) ? 9 : 6);
        } catch (ConsensusException | PrimitivesException rejected) {
            return exception != null ? null : "rejected a valid transaction: " + rejected.getMessage();
        }
        if (exception != null) return "accepted, expected " + exception;
        String wantHash = expect.get("hash").asText();
        if (!tx.hash().toHex().equalsIgnoreCase(wantHash)) return "hash " + tx.hash() + ", expected " + wantHash;
        Address wantSender = Address.fromHex(expect.get("sender").asText());
        if (!sender.equals(wantSender)) return "sender " + sender + ", expected " + wantSender;
        long wantGas = Long.decode(expect.get("intrinsicGas").asText());
        long gas = IntrinsicGas.of(tx, fork).gas();
        if (gas != wantGas) return "intrinsic gas " + gas + ", expected " + wantGas;
        return null;
    }

    private static List<Path> jsonFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IOException("no such file or folder: " + p);
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
