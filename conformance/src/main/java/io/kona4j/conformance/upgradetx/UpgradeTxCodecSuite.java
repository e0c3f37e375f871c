package io.kona4j.conformance.upgradetx;

import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The network-upgrade transactions kona ships as bytes ({@code op-vectors/kona-crates/**}/{@code <fork>_tx_<i>.hex}):
 * each must decode as an OP deposit (type 0x7E) and re-encode byte for byte.
 */
public final class UpgradeTxCodecSuite implements Suite {
    private static final Pattern FILE = Pattern.compile("[a-z]+_tx_\\d+\\.hex");

    @Override
    public String name() {
        return "upgrade-tx-codec";
    }

    @Override
    public String description() {
        return "OP network-upgrade deposit transactions from kona: decode as 0x7E and re-encode identically";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("op-vectors/kona-crates"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IOException("no such file or folder: " + p);
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> Files.isRegularFile(f) && FILE.matcher(f.getFileName().toString()).matches())
                        .sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                byte[] bytes = Hex.decode(Files.readString(f).strip());
                Transaction tx = Transaction.decode(bytes);
                if (!(tx instanceof DepositTransaction)) {
                    report.fail(name, "decoded as " + tx.type() + ", not a deposit");
                } else if (!Arrays.equals(tx.encode(), bytes)) {
                    report.fail(name, "re-encoding differs: " + Hex.encode(tx.encode()));
                } else {
                    report.pass(name);
                }
            } catch (ConsensusException | PrimitivesException e) {
                report.fail(name, "rejected: " + e.getMessage());
            }
        }
    }
}
