package io.kona4j.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kona4j} command; subcommands are discovered through {@link Kona4jCommand}. */
@Command(
        name = "kona4j",
        mixinStandardHelpOptions = true,
        version = "kona4j 0.1.0",
        description = "The OP Stack state transition function in Java: derive, execute and prove OP blocks.")
public final class Kona4j implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kona4j());
        for (Kona4jCommand c : ServiceLoader.load(Kona4jCommand.class)) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Bad input ends in one clear line, never a stack trace; KONA4J_DEBUG=1 shows the trace.
            if (System.getenv("KONA4J_DEBUG") != null) ex.printStackTrace();
            cmd.getErr().println("kona4j: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
