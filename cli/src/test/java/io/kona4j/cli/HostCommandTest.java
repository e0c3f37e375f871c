package io.kona4j.cli;

import io.kona4j.consensus.Header;
import io.kona4j.host.kv.DiskKeyValueStore;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.proof.client.Verdict;
import io.kona4j.protocol.OutputRoot;
import io.kona4j.protocol.registry.Chains;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kona4j host single} offline from a data directory in kona-host's format: native mode (with a witness bundle
 * exported and replayed by {@code kona4j witness replay}), and server mode as a child process on fds 3–6 serving the
 * real client in this JVM over named pipes. The claim is a trace extension of an OP Sepolia head.
 */
@Timeout(120)
class HostCommandTest {
    @TempDir
    Path dir;

    private Path dataDir;
    private Header head;
    private Hash root;

    @BeforeEach
    void dataDir() {
        head = Header.builder().number(26_207_960L).timestamp(1_740_000_000L).gasLimit(60_000_000L)
                .stateRoot(Keccak256.hash("state".getBytes(StandardCharsets.UTF_8))).build();
        OutputRoot out = new OutputRoot(head.stateRoot(), Hash.EMPTY_TRIE_ROOT, head.hash());
        root = out.hash();
        dataDir = dir.resolve("data");
        try (DiskKeyValueStore kv = DiskKeyValueStore.open(dataDir)) {
            kv.set(PreimageKey.keccak256(head.hash()), head.encode());
            kv.set(PreimageKey.keccak256(root), out.encode());
        }
    }

    private List<String> args(String mode, long claimedBlock) {
        return new ArrayList<>(List.of("host", "single", mode, "--data-dir", dataDir.toString(),
                "--l2-chain-id", Long.toString(Chains.OP_SEPOLIA), "--l1-head", Hash.ZERO.toHex(),
                "--agreed-l2-head-hash", head.hash().toHex(), "--agreed-l2-output-root", root.toHex(),
                "--claimed-l2-output-root", root.toHex(), "--claimed-l2-block-number", Long.toString(claimedBlock)));
    }

    @Test
    void nativeOfflineRunExportsAWitnessThatReplaysWithNoHost() {
        Path bundle = dir.resolve("run.witness");
        List<String> a = args("--native", head.number());
        a.addAll(List.of("--quiet", "--export-witness", bundle.toString()));
        assertThat(Kona4j.commandLine().execute(a.toArray(String[]::new))).isZero();
        assertThat(Files.exists(bundle)).isTrue();
        assertThat(Kona4j.commandLine().execute("witness", "replay", "--quiet", bundle.toString())).isZero();
        assertThat(Kona4j.commandLine().execute(args("--native", head.number() - 1).toArray(String[]::new)))
                .isEqualTo(1);
    }

    @Test
    void aCustomChainsRollupConfigIsServedAsLocalKeySix() {
        // OP Sepolia's registry TOML given as a custom chain: key 5 is 0, so the client reads the config from key 6
        Path toml = io.kona4j.conformance.TestData.locate()
                .testdata("superchain-registry/superchain/configs/sepolia/op.toml");
        List<String> a = args("--native", head.number());
        int i = a.indexOf("--l2-chain-id");
        a.set(i, "--rollup-config-path");
        a.set(i + 1, toml.toString());
        a.addAll(List.of("--json", "--progress-interval", "1"));
        assertThat(Kona4j.commandLine().execute(a.toArray(String[]::new))).isZero();
    }

    @Test
    void flagsAreCheckedAsKonaHostChecksThem() {
        List<String> both = args("--native", head.number());
        both.add("--server");
        assertThat(Kona4j.commandLine().execute(both.toArray(String[]::new))).isEqualTo(1);
        List<String> onlyOne = args("--native", head.number());
        onlyOne.addAll(List.of("--l1-node-address", "http://127.0.0.1:1"));
        assertThat(Kona4j.commandLine().execute(onlyOne.toArray(String[]::new))).isEqualTo(1);
        List<String> noChain = new ArrayList<>(args("--native", head.number()));
        int i = noChain.indexOf("--l2-chain-id");
        noChain.remove(i);
        noChain.remove(i);
        assertThat(Kona4j.commandLine().execute(noChain.toArray(String[]::new))).isEqualTo(1);
    }

    @Test
    void serverModeChildOnFdsThreeToSixServesTheRealClient() throws Exception {
        Path hintToHost = fifo("h2h");
        Path hintToClient = fifo("h2c");
        Path preToHost = fifo("p2h");
        Path preToClient = fifo("p2c");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the shell takes the java binary, class path and four pipes, then execs the host with the rest as its args
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c",
                "p0=\"$0\"; cp=\"$1\"; a=\"$2\"; b=\"$3\"; c=\"$4\"; d=\"$5\"; shift 6; exec \"$p0\" "
                        + "--enable-native-access=ALL-UNNAMED -cp \"$cp\" io.kona4j.cli.Kona4j \"$@\" "
                        + "3<\"$a\" 4>\"$b\" 5<\"$c\" 6>\"$d\"",
                java, System.getProperty("java.class.path"), hintToHost.toString(), hintToClient.toString(),
                preToHost.toString(), preToClient.toString()));
        cmd.add("--");
        // the data dir, L1 head and chain id come from kona-host's environment variables instead of flags
        List<String> a = args("--server", head.number());
        for (String flag : List.of("--data-dir", "--l1-head", "--l2-chain-id")) {
            int i = a.indexOf(flag);
            a.remove(i);
            a.remove(i);
        }
        cmd.addAll(a);
        cmd.add("--quiet");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DATA_DIR", dataDir.toString());
        pb.environment().put("L1_HEAD", Hash.ZERO.toHex());
        pb.environment().put("L2_CHAIN_ID", Long.toString(Chains.OP_SEPOLIA));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        try {
            StreamChannel hints = StreamChannel.openWriteFirst(hintToClient, hintToHost);
            StreamChannel preimages = StreamChannel.openWriteFirst(preToClient, preToHost);
            ClientResult r = SingleChainClient.run(new OracleReader(preimages), new HintWriter(hints));
            hints.close();
            preimages.close();
            assertThat(r.verdict()).as(r.detail()).isEqualTo(Verdict.VALID);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void kona4jClientAsAChildProcessOfTheHost() throws Exception {
        Path hintToHost = fifo("ch2h");
        Path hintToClient = fifo("ch2c");
        Path preToHost = fifo("cp2h");
        Path preToClient = fifo("cp2c");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss8m", "-cp", System.getProperty("java.class.path"),
                "io.kona4j.cli.Kona4j", "client", "--quiet", "--hint-read", hintToClient.toString(), "--hint-write",
                hintToHost.toString(), "--preimage-read", preToClient.toString(), "--preimage-write", preToHost.toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        io.kona4j.proof.BootInfo boot = new io.kona4j.proof.BootInfo(Hash.ZERO, root, root, head.number(),
                Chains.OP_SEPOLIA);
        io.kona4j.host.single.SingleChainHostConfig cfg = new io.kona4j.host.single.SingleChainHostConfig(boot,
                head.hash(), null, null, null, dataDir, null, null, false, io.kona4j.host.rpc.RpcConfig.defaults(),
                io.kona4j.host.backend.RefetchPolicy.defaults());
        io.kona4j.host.HostStats stats = new io.kona4j.host.HostStats();
        try (io.kona4j.host.single.SingleChainHost host = new io.kona4j.host.single.SingleChainHost(cfg, stats, null,
                w -> { })) {
            // the client opens its read ends first, so the host opens its write ends first
            StreamChannel hints = StreamChannel.openWriteFirst(hintToHost, hintToClient);
            StreamChannel preimages = StreamChannel.openWriteFirst(preToHost, preToClient);
            host.serve(hints, preimages);
            hints.close();
            preimages.close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).contains("VALID");
            assertThat(stats.served()).isEqualTo(7);
        } finally {
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
