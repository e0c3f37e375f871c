package io.kona4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's main command: every verdict as expected (the wrong claim rejected), bad flags refused, and with
 * {@code --out} the chain, data directory and witness bundles kept, the printed replay commands deciding every claim
 * again offline with the exit codes they announce.
 */
@Timeout(180)
class DemoCommandTest {
    private static final Pattern EXPECTED = Pattern.compile("^# (.+): expected exit (\\d)$");

    @TempDir
    Path dir;

    @Test
    void outKeepsTheChainAndPrintsReplayCommandsThatDecideEveryClaimAgain() throws Exception {
        Path out = dir.resolve("demo");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = Kona4j.commandLine().execute("demo", "--chain", "bedrock", "--blocks", "6", "--seed", "3",
                    "--warm-rounds", "1", "--out", out.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(exit).isZero();
        for (String f : List.of("rollup.json", "l1.json", "blocks.txt", "events.txt", "replay.sh")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        assertThat(out.resolve("data")).isDirectory();
        // blocks.txt lists genesis and the six blocks after it
        assertThat(Files.readAllLines(out.resolve("blocks.txt")).stream().filter(l -> l.startsWith("L2 "))).hasSize(7);

        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        int expected = -1;
        int hostRuns = 0;
        int witnessRuns = 0;
        int rejected = 0;
        for (String line : lines) {
            Matcher m = EXPECTED.matcher(line);
            if (m.matches()) {
                expected = Integer.parseInt(m.group(2));
                continue;
            }
            if (!line.startsWith("./kona4j ")) continue;
            List<String> args = new ArrayList<>(List.of(line.substring("./kona4j ".length()).split(" ")));
            args.add("--quiet");
            assertThat(Kona4j.commandLine().execute(args.toArray(String[]::new))).as(line).isEqualTo(expected);
            if (args.get(0).equals("host")) {
                hostRuns++;
                assertThat(args).doesNotContain("--l1-node-address", "--l2-node-address", "--l1-beacon-address");
            } else {
                witnessRuns++;
            }
            if (expected == 1) rejected++;
        }
        assertThat(hostRuns).isGreaterThanOrEqualTo(5).isEqualTo(witnessRuns);
        assertThat(rejected).isEqualTo(2);
        assertThat(Files.list(out.resolve("witness")).count()).isEqualTo(hostRuns);
    }

    @Test
    void theDefaultAllForksChainWithoutOutDecidesEveryClaim() {
        assertThat(Kona4j.commandLine().execute("demo", "--seed", "5", "--blocks", "40", "--warm-rounds", "0")).isZero();
    }

    @Test
    void tooFewBlocksIsAnError() {
        assertThat(Kona4j.commandLine().execute("demo", "--chain", "bedrock", "--blocks", "2")).isEqualTo(1);
        assertThat(Kona4j.commandLine().execute("demo", "--blocks", "20")).isEqualTo(1);
        assertThat(Kona4j.commandLine().execute("demo", "--chain", "cancun")).isNotZero();
    }

    @Test
    void anOutDirWithADataDirAlreadyIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        assertThat(Kona4j.commandLine().execute("demo", "--chain", "bedrock", "--blocks", "4", "--out",
                dir.toString())).isEqualTo(1);
    }
}
