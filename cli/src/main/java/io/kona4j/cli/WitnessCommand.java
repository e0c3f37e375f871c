package io.kona4j.cli;

import io.kona4j.host.witness.WitnessBundle;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code kona4j witness replay FILE}: replays a claim from a witness bundle ({@code kona4j host single
 * --export-witness}) with no host: the oracle is the bundle, hints go nowhere. Exit code as the client's.
 */
@Command(name = "witness", mixinStandardHelpOptions = true, description = "Witness bundles: replay a claim from one with no host.",
        subcommands = WitnessCommand.Replay.class)
public final class WitnessCommand implements Kona4jCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 1;
    }

    /** The replay subcommand. */
    @Command(name = "replay", mixinStandardHelpOptions = true, description = "Check every entry of a witness bundle and run the client over it; "
            + "exit 0 valid, 1 invalid claim or error, 2 internal bug.")
    static final class Replay implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The witness bundle.")
        Path file;

        @Option(names = "--json", description = "Print the verdict as one JSON object.")
        boolean json;

        @Option(names = "--quiet", description = "Only the verdict.")
        boolean quiet;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            WitnessBundle bundle = WitnessBundle.read(file);
            if (!quiet && !json) {
                System.err.printf("witness bundle %s: %d preimages, checked in %.2fs; %s%n", file, bundle.size(),
                        (System.nanoTime() - t0) / 1e9, bundle.metadata());
            }
            BlockCounter blocks = new BlockCounter();
            ClientResult r = SingleChainClient.runOffline(bundle::get, ClientOptions.DEFAULT.withListener(blocks));
            if (!quiet && !json) System.err.println(blocks.blocks() + " blocks derived+executed from the bundle");
            ResultPrinter.print(System.err, r, json);
            return r.exitCode();
        }
    }
}
