package io.kona4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kona4j evm ...}: direct access to the EVM ({@code run}, {@code bench}). */
@Command(name = "evm", description = "Run bytecode on kona4j's EVM.", subcommands = {EvmRunCommand.class, EvmBenchCommand.class})
public final class EvmCommand implements Kona4jCommand {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
