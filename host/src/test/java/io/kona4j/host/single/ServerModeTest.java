package io.kona4j.host.single;

import io.kona4j.host.HostStats;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.primitives.Bytes;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.hint.Hint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server mode over real OS pipes (named pipes): the real client program in a child process on fds 3–6, and a
 * scripted client speaking the wire protocol by hand, both against the host serving from loopback nodes.
 */
@Timeout(120)
class ServerModeTest {
    private static ChainFixture fx;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        fx = new ChainFixture();
    }

    @Test
    void theRealClientInAChildProcessOnFdsThreeToSix() throws Exception {
        try (TraceScenario sc = new TraceScenario(fx)) {
            assertThat(runChild(sc, sc.boot(sc.agreedRoot, sc.head.number()))).isZero();
            assertThat(runChild(sc, sc.boot(sc.agreedRoot, sc.head.number() - 1))).isEqualTo(1);
        }
    }

    private int runChild(TraceScenario sc, BootInfo boot) throws Exception {
        Path hintToHost = fifo("h2h" + boot.claimedL2BlockNumber());
        Path hintToClient = fifo("h2c" + boot.claimedL2BlockNumber());
        Path preToHost = fifo("p2h" + boot.claimedL2BlockNumber());
        Path preToClient = fifo("p2c" + boot.claimedL2BlockNumber());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "exec \"$0\" -Xss8m -cp \"$1\" io.kona4j.host.single.ClientOnFdsMain 4>\"$2\" 3<\"$3\" 6>\"$4\" 5<\"$5\"",
                java, System.getProperty("java.class.path"), hintToHost.toString(), hintToClient.toString(),
                preToHost.toString(), preToClient.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        HostStats stats = new HostStats();
        try (SingleChainHost host = new SingleChainHost(sc.online(boot, null), stats, null, w -> { })) {
            StreamChannel hints = StreamChannel.open(hintToHost, hintToClient);
            StreamChannel preimages = StreamChannel.open(preToHost, preToClient);
            host.serve(hints, preimages);
            hints.close();
            preimages.close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(stats.served()).as(out).isGreaterThanOrEqualTo(7);
            return child.exitValue();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aScriptedClientOverPipes() throws Exception {
        try (TraceScenario sc = new TraceScenario(fx)) {
            BootInfo boot = sc.boot(sc.agreedRoot, sc.head.number());
            Path hintToHost = fifo("h2h");
            Path hintToClient = fifo("h2c");
            Path preToHost = fifo("p2h");
            Path preToClient = fifo("p2c");
            AtomicReference<Throwable> hostError = new AtomicReference<>();
            try (SingleChainHost host = new SingleChainHost(sc.online(boot, null), new HostStats(), null, w -> { })) {
                Thread server = Thread.ofPlatform().start(() -> {
                    try {
                        StreamChannel h = StreamChannel.open(hintToHost, hintToClient);
                        StreamChannel p = StreamChannel.open(preToHost, preToClient);
                        host.serve(h, p);
                    } catch (RuntimeException e) {
                        hostError.set(e);
                    }
                });
                StreamChannel hints = StreamChannel.openWriteFirst(hintToClient, hintToHost);
                StreamChannel preimages = StreamChannel.openWriteFirst(preToClient, preToHost);
                OracleReader oracle = new OracleReader(preimages);
                HintWriter writer = new HintWriter(hints);
                assertThat(oracle.get(PreimageKey.local(2))).isEqualTo(sc.agreedRoot.toArray());
                assertThat(Bytes.readLongBE(oracle.get(PreimageKey.local(4)), 0)).isEqualTo(sc.head.number());
                writer.write(Hint.startingL2Output(sc.agreedRoot).encode());
                byte[] output = oracle.get(PreimageKey.keccak256(sc.agreedRoot));
                assertThat(output).hasSize(128);
                writer.write(Hint.l2BlockHeader(sc.head.hash()).encode());
                assertThat(oracle.get(PreimageKey.keccak256(sc.head.hash()))).isEqualTo(sc.head.encode());
                hints.close();
                preimages.close();
                server.join(30_000);
                assertThat(server.isAlive()).isFalse();
                assertThat(hostError.get()).isNull();
            }
        }
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (!mk.waitFor(10, TimeUnit.SECONDS) || mk.exitValue() != 0) throw new IOException("mkfifo " + p + " failed");
        return p;
    }
}
