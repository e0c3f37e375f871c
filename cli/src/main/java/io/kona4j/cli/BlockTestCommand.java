package io.kona4j.cli;

import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.blockchain.BlockchainTestRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kona4j blocktest [--run REGEX] PATH...}: imports blockchain-test fixtures block by block. */
@Command(name = "blocktest", description = "Run blockchain-test fixtures (import blocks, reject the bad ones, compare the head); closes with 'N passed, M failed'.")
public final class BlockTestCommand implements Kona4jCommand {
    @Option(names = "--run", description = "Only tests whose name (file/test) matches this regular expression.")
    String run;

    @Option(names = {"-v", "--verbose"}, description = "Print passing tests too.")
    boolean verbose;

    @Parameters(arity = "1..*", description = "Blockchain-test JSON files or folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        SuiteReport report = new SuiteReport(System.out, verbose);
        new BlockchainTestRunner(run == null ? null : Pattern.compile(run)).run(paths, report);
        System.out.println(report.summary());
        return report.failed() == 0 ? 0 : 1;
    }
}
