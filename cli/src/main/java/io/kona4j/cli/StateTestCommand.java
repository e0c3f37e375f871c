package io.kona4j.cli;

import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.state.StateTestRunner;
import io.kona4j.evm.SpecId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kona4j statetest [--fork F] [--run REGEX] [--trace] PATH...}: runs state-test fixtures. */
@Command(name = "statetest", description = "Run state-test fixtures (files or folders); closes with 'N passed, M failed'.")
public final class StateTestCommand implements Kona4jCommand {
    @Option(names = "--fork", description = "Only this fork (Paris, Shanghai, Cancun, Prague, Osaka); default: the first four.")
    String fork;

    @Option(names = "--run", description = "Only cases whose name (file/test/fork/dNgNvN) matches this regular expression.")
    String run;

    @Option(names = "--trace", description = "Write an EIP-3155 JSON-lines trace of every case to stderr.")
    boolean trace;

    @Option(names = {"-v", "--verbose"}, description = "Print passing cases too.")
    boolean verbose;

    @Parameters(arity = "1..*", description = "State-test JSON files or folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Set<SpecId> forks = fork == null ? EnumSet.of(SpecId.PARIS, SpecId.SHANGHAI, SpecId.CANCUN, SpecId.PRAGUE)
                : EnumSet.of(SpecId.parse(fork));
        for (SpecId s : forks) {
            if (s.isOp()) throw new IllegalArgumentException("state tests use Ethereum forks, not " + s);
        }
        SuiteReport report = new SuiteReport(System.out, verbose);
        new StateTestRunner(forks, run == null ? null : Pattern.compile(run), trace ? System.err : null).run(paths, report);
        System.out.println(report.summary());
        return report.failed() == 0 ? 0 : 1;
    }
}
