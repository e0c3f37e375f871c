package io.kona4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kona4j host}: the preimage host; {@code single} is the single-chain host (kona-host's {@code single}). */
@Command(name = "host", mixinStandardHelpOptions = true, description = "The host that feeds the fault-proof program its preimages.",
        subcommands = HostSingleCommand.class)
public final class HostCommand implements Kona4jCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 1;
    }
}
