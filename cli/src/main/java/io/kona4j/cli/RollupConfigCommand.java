package io.kona4j.cli;

import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import io.kona4j.protocol.registry.Chains;
import io.kona4j.protocol.registry.RollupConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kona4j rollup-config <chain id | file>}: prints a rollup config in kona's JSON form, from the built-in
 * registry or a custom chain file (kona/op-node JSON, or a registry TOML with its {@code superchain.toml} beside it).
 */
@Command(name = "rollup-config", description = "Print a rollup config as kona JSON (built-in chain id or a file).")
public final class RollupConfigCommand implements Kona4jCommand {
    @Parameters(index = "0", description = "L2 chain id (10, 11155420, 8453, 84532) or a rollup config file.")
    String chain;

    @Option(names = "--forks", description = "Print the hardfork schedule instead of the JSON.")
    boolean forks;

    @Override
    public Integer call() throws Exception {
        RollupConfig config;
        try {
            Path file = Path.of(chain);
            config = chain.chars().allMatch(Character::isDigit) && !Files.exists(file)
                    ? Chains.require(Long.parseLong(chain)) : Chains.fromFile(file);
        } catch (RollupConfigException | NumberFormatException e) {
            System.err.println("kona4j rollup-config: " + e.getMessage());
            return 1;
        }
        if (!forks) {
            System.out.println(RollupConfigJson.write(config));
            return 0;
        }
        System.out.println("L2 chain " + config.l2ChainId() + " (L1 chain " + config.l1ChainId() + ")");
        for (Hardfork f : Hardfork.values()) {
            Long t = config.hardForks().time(f);
            System.out.printf("  %-22s %s%n", f.key(), t == null ? "-" : t + " (" + Instant.ofEpochSecond(t) + ")");
        }
        return 0;
    }
}
