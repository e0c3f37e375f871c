package io.kona4j.cli.e2e;

import io.kona4j.cli.Kona4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code kona4j} in this JVM (picocli, stderr captured) or as a child JVM, and makes named pipes. */
final class Processes {
    private Processes() {}

    /** Exit code and stderr of one command. */
    record Run(int exitCode, String stderr) {
        Decision decision() {
            return Decision.ofJson(stderr, exitCode);
        }
    }

    /** {@code kona4j args…} in this JVM with stderr captured. */
    static Run inProcess(List<String> args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            exit = Kona4j.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
        return new Run(exit, buf.toString(StandardCharsets.UTF_8));
    }

    /**
     * A {@code /bin/sh -c} command line that execs {@code java -cp <this JVM's class path> io.kona4j.cli.Kona4j
     * args…} with the given redirections (e.g. {@code 4>"$p1" 3<"$p2"}: {@code $pN} is the N-th of {@code pipes}).
     */
    static ProcessBuilder kona4jChild(String redirections, List<Path> pipes, List<String> args, Path stderr) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < pipes.size(); i++) script.append("p").append(i + 1).append("=\"$").append(i + 2).append("\"; ");
        script.append("java=\"$0\"; cp=\"$1\"; shift ").append(pipes.size() + 1)
                .append("; exec \"$java\" -Xss8m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED "
                        + "-cp \"$cp\" io.kona4j.cli.Kona4j \"$@\" ")
                .append(redirections);
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", script.toString(), java,
                System.getProperty("java.class.path")));
        for (Path p : pipes) cmd.add(p.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(stderr.toFile());
        return pb;
    }

    /** Waits for {@code p} (at most {@code seconds}) and returns its exit code and stderr file's text. */
    static Run finish(Process p, Path stderr, int seconds) throws IOException, InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish in " + seconds + " s:\n" + Files.readString(stderr));
        }
        return new Run(p.exitValue(), Files.readString(stderr));
    }

    static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (!mk.waitFor(10, TimeUnit.SECONDS) || mk.exitValue() != 0) throw new IOException("mkfifo " + p + " failed");
        return p;
    }
}
