package io.kona4j.preimage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A real client process on FPVM fds 3–6 (named pipes) served by this JVM, and a host on a child's stdin/stdout. */
@Timeout(60)
class CrossProcessTest {
    @TempDir
    Path dir;

    @Test
    void childClientOnFileDescriptorsThreeToSix() throws Exception {
        Path hintToHost = fifo("hint-to-host");
        Path hintToClient = fifo("hint-to-client");
        Path preToHost = fifo("pre-to-host");
        Path preToClient = fifo("pre-to-client");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child opens its fds in the order this side opens the other ends, so no open blocks forever
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "exec \"$0\" -cp \"$1\" io.kona4j.preimage.FdPeerMain 4>\"$2\" 3<\"$3\" 6>\"$4\" 5<\"$5\"",
                java, System.getProperty("java.class.path"),
                hintToHost.toString(), hintToClient.toString(), preToHost.toString(), preToClient.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        try {
            StreamChannel hints = StreamChannel.open(hintToHost, hintToClient);
            StreamChannel preimages = StreamChannel.open(preToHost, preToClient);
            Map<PreimageKey, byte[]> store = Map.of(
                    PreimageKey.local(1), "ab".repeat(16).getBytes(StandardCharsets.US_ASCII),
                    PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII)),
                    "hello".getBytes(StandardCharsets.US_ASCII));
            List<String> routed = new CopyOnWriteArrayList<>();
            new PreimageServer(preimages, hints, k -> {
                byte[] v = store.get(k);
                if (v == null) throw new KeyNotFoundException(k);
                return v;
            }, routed::add).run();

            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertThat(child.exitValue()).isZero();
            assertThat(out).isEqualTo("0x" + "6162".repeat(16) + " hello");
            assertThat(routed).containsExactly("l1-block-header 0x" + "ab".repeat(32));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void childHostOnFileDescriptorsThreeToSix() throws Exception {
        Path hintToHost = fifo("hint-to-host");
        Path hintToClient = fifo("hint-to-client");
        Path preToHost = fifo("pre-to-host");
        Path preToClient = fifo("pre-to-client");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the host reads hints on 3 and acks on 4, reads keys on 5 and answers on 6
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "exec \"$0\" -cp \"$1\" io.kona4j.preimage.FdHostMain 3<\"$2\" 4>\"$3\" 5<\"$4\" 6>\"$5\"",
                java, System.getProperty("java.class.path"),
                hintToHost.toString(), hintToClient.toString(), preToHost.toString(), preToClient.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        try {
            // open in the child's order: its fd 3 read end first, so our write end of hint-to-host first
            StreamChannel hints = StreamChannel.openWriteFirst(hintToClient, hintToHost);
            StreamChannel preimages = StreamChannel.openWriteFirst(preToClient, preToHost);
            assertThat(hints.toString()).contains("hint-to-client / ");
            new HintWriter(hints).write("l2-code 0x" + "cd".repeat(32));
            OracleReader oracle = new OracleReader(preimages);
            assertThat(oracle.get(PreimageKey.local(1))).hasSize(32);
            assertThat(oracle.get(PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII))))
                    .isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
            hints.close();
            preimages.close();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertThat(out).isEqualTo("hint: l2-code 0x" + "cd".repeat(32));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void hostServesAChildOverItsStdinAndStdout() throws Exception {
        // the child is `cat`-free: a shell that echoes one request back as a scripted host would answer
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "head -c 32 >/dev/null; printf '\\000\\000\\000\\000\\000\\000\\000\\005hello'");
        Process child = pb.start();
        try (StreamChannel ch = StreamChannel.ofProcess(child)) {
            byte[] got = new OracleReader(ch).get(PreimageKey.keccak256Of("hello".getBytes(StandardCharsets.US_ASCII)));
            assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo("hello");
        } finally {
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            child.destroyForcibly();
        }
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (!mk.waitFor(10, TimeUnit.SECONDS) || mk.exitValue() != 0) throw new IOException("mkfifo " + p + " failed");
        return p;
    }
}
