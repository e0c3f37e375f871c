package io.kona4j.cli.e2e;

import io.kona4j.devnet.Claim;
import io.kona4j.devnet.ClaimProver;
import io.kona4j.devnet.Devnet;
import io.kona4j.devnet.DevnetConfig;
import io.kona4j.devnet.L2BlockData;
import io.kona4j.devnet.LoopbackServer;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.single.SingleChainHost;
import io.kona4j.host.single.SingleChainHostConfig;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.proof.BootInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end matrix on one devnet (issue 9): every claim of {@link MatrixClaims} decided through every back end,
 * each decision checked against the one the devnet's sequencer implies and against the other back ends':
 * <ol>
 *   <li>online through the CLI itself ({@code kona4j host single --native} over the loopback RPC), which also
 *       writes one {@code --data-dir} shared by all claims and one {@code --export-witness} bundle per claim;</li>
 *   <li>native: host and client in one process ({@link ClaimProver#proveNative});</li>
 *   <li>server mode over real OS pipes: the host's server API online in this JVM, {@code kona4j client} a child
 *       process on fds 3–6; and {@code kona4j host single --server} itself as a child serving a client child (both
 *       on {@link #childCases()}, since every child is a fresh JVM);</li>
 *   <li>offline from the data directory: zero requests reach the loopback server; then, with the server stopped,
 *       an online host pointed at the dead port reaches the same decisions from the data directory alone (on
 *       {@link #childCases()});</li>
 *   <li>each witness bundle replayed by {@code kona4j witness replay} with no host at all.</li>
 * </ol>
 * A subclass picks the devnet ({@link #config()}) and the block the altered claims sit at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class DevnetMatrix {
    /** Held so the level set on it sticks (java.util.logging keeps loggers weakly). */
    private static final Logger DERIVE_LOG = Logger.getLogger("io.kona4j.derive");

    /** The claims' files: config JSONs, the data dir, witness bundles, pipes and child logs. */
    Path dir;

    Devnet devnet;
    LoopbackServer server;
    List<MatrixClaims.Case> cases;
    Path rollupJson;
    Path l1Json;
    Path dataDir;
    /** Back end → claim label → decision. */
    final Map<String, Map<String, Decision>> decisions = new LinkedHashMap<>();

    /** The devnet to build. */
    abstract DevnetConfig config();

    /** The block the altered claims are about. */
    long alteredAt(Devnet d) {
        return (d.l2Blocks().size() - 1) / 2;
    }

    /** The claims of the matrix. */
    List<MatrixClaims.Case> claims(Devnet d) {
        return MatrixClaims.of(d, alteredAt(d));
    }

    /**
     * The claims also decided by child processes (a fresh JVM each, which on this machine costs seconds, most of it
     * loading the KZG context once blobs are read): the first claim, the first honest single-block claim reading
     * blobs (at the Ecotone boundary, when the chain has one) and the first and last altered claims.
     */
    List<MatrixClaims.Case> childCases() {
        List<MatrixClaims.Case> out = new ArrayList<>();
        out.add(cases.get(0));
        Long ecotone = MatrixClaims.forkBoundaries(devnet).get(io.kona4j.protocol.Hardfork.ECOTONE);
        if (ecotone != null && devnet.config().blobsFromEcotone()) {
            cases.stream().filter(c -> c.claim().honest() && c.claim().claimedBlock() == ecotone
                    && c.claim().agreedBlock() == ecotone - 1).findFirst().ifPresent(out::add);
        }
        List<MatrixClaims.Case> altered = cases.stream().filter(c -> !c.claim().honest()).toList();
        out.add(altered.get(0));
        out.add(altered.get(altered.size() - 1));
        return out;
    }

    @BeforeAll
    void buildServeAndProveOnline(@TempDir Path tmp) throws IOException {
        dir = tmp;
        DERIVE_LOG.setLevel(Level.SEVERE);
        devnet = Devnet.build(config());
        for (L2BlockData b : devnet.l2Blocks()) {
            assertThat(MatrixClaims.honestRoot(b)).as("output root v0 of #%d", b.number()).isEqualTo(b.outputRoot());
        }
        cases = claims(devnet);
        server = LoopbackServer.start(devnet);
        rollupJson = Files.write(dir.resolve("rollup.json"), devnet.rollupConfigJson());
        l1Json = Files.write(dir.resolve("l1.json"), devnet.l1ConfigJson());
        dataDir = dir.resolve("data");
        for (MatrixClaims.Case c : cases) {
            List<String> args = hostArgs(c.claim(), "--native", true);
            args.addAll(List.of("--data-dir", dataDir.toString(), "--export-witness", witness(c).toString()));
            record("online CLI", c, Processes.inProcess(args).decision());
        }
    }

    @AfterAll
    void everyBackEndDecidedEveryClaimAlike() {
        if (server != null) server.close();
        StringBuilder table = new StringBuilder("end-to-end matrix on " + config() + "\n");
        for (MatrixClaims.Case c : cases) {
            table.append(String.format("  %-62s expected %-7s", c.label(), c.expected().verdict()));
            for (Map.Entry<String, Map<String, Decision>> e : decisions.entrySet()) {
                Decision got = e.getValue().get(c.label());
                if (got != null) table.append(" | ").append(e.getKey()).append(' ').append(got.verdict());
            }
            table.append('\n');
        }
        System.out.print(table);
        for (Map.Entry<String, Map<String, Decision>> e : decisions.entrySet()) {
            for (MatrixClaims.Case c : cases) {
                Decision got = e.getValue().get(c.label());
                if (got != null) assertThat(got).as("%s: %s", e.getKey(), c.label()).isEqualTo(c.expected());
            }
        }
    }

    @Test
    @Order(1)
    void onlineThroughTheCliOverTheLoopbackRpc() {
        assertDecided("online CLI");
        assertThat(decisions.get("online CLI")).hasSize(cases.size());
        for (MatrixClaims.Case c : cases) assertThat(Files.isRegularFile(witness(c))).isTrue();
        assertThat(Files.isDirectory(dataDir)).isTrue();
    }

    @Test
    @Order(2)
    void nativeHostAndClientInOneProcess() {
        ClaimProver prover = new ClaimProver(devnet, server);
        for (MatrixClaims.Case c : cases) record("native", c, Decision.of(prover.proveNative(c.claim(), m -> { }).result()));
        assertDecided("native");
    }

    @Test
    @Order(3)
    void serverModeOverOsPipesWithKona4jClientAsAChildProcess() throws Exception {
        for (MatrixClaims.Case c : childCases()) record("server+client child", c, serveClientChild(c));
        assertDecided("server+client child");
    }

    @Test
    @Order(4)
    void kona4jHostSingleServerAndKona4jClientBothChildProcesses() throws Exception {
        // the CLI's own server path, offline from the data dir; the first and the last child claims keep it short
        List<MatrixClaims.Case> some = childCases();
        for (MatrixClaims.Case c : List.of(some.get(0), some.get(some.size() - 1))) {
            record("host --server child", c, hostAndClientChildren(c));
        }
        assertDecided("host --server child");
    }

    @Test
    @Order(5)
    void offlineFromTheDataDirWithZeroNetworkCalls() throws IOException {
        long before = server.requests();
        for (MatrixClaims.Case c : cases) {
            List<String> args = hostArgs(c.claim(), "--native", false);
            args.addAll(List.of("--data-dir", dataDir.toString()));
            record("offline", c, Processes.inProcess(args).decision());
        }
        assertThat(server.requests()).as("requests reaching the loopback server offline").isEqualTo(before);
        assertDecided("offline");

        // with the server stopped, an online host pointed at the dead port serves every key from the data dir
        server.close();
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + deadPort;
        for (MatrixClaims.Case c : childCases()) {
            List<String> online = hostArgs(c.claim(), "--native", false);
            online.addAll(List.of("--data-dir", dataDir.toString(), "--l1-node-address", dead + "/l1",
                    "--l1-beacon-address", dead + "/beacon/", "--l2-node-address", dead + "/l2"));
            record("data dir, nodes dead", c, Processes.inProcess(online).decision());
        }
        assertDecided("data dir, nodes dead");
    }

    @Test
    @Order(6)
    void witnessBundleReplayedWithNoHost() {
        for (MatrixClaims.Case c : cases) {
            record("witness", c, Processes.inProcess(List.of("witness", "replay", "--json", witness(c).toString()))
                    .decision());
        }
        assertDecided("witness");
    }

    // ------------------------------------------------------------------------------------------------------------

    private Path witness(MatrixClaims.Case c) {
        return dir.resolve("claim-" + cases.indexOf(c) + ".witness");
    }

    /** {@code host single <mode>} for {@code c} with the devnet's config files, online over the loopback if asked. */
    List<String> hostArgs(Claim c, String mode, boolean online) {
        List<String> a = new ArrayList<>(List.of("host", "single", mode, "--quiet", "--json",
                "--rollup-config-path", rollupJson.toString(), "--l1-config-path", l1Json.toString(),
                "--l1-head", c.l1Head().toHex(), "--agreed-l2-head-hash", devnet.l2Block(c.agreedBlock()).hash().toHex(),
                "--agreed-l2-output-root", c.agreedOutputRoot().toHex(),
                "--claimed-l2-output-root", c.claimedOutputRoot().toHex(),
                "--claimed-l2-block-number", Long.toString(c.claimedBlock())));
        if (online) {
            a.addAll(List.of("--l1-node-address", server.l1Uri().toString(), "--l1-beacon-address",
                    server.beaconUri().toString(), "--l2-node-address", server.l2Uri().toString()));
        }
        return a;
    }

    /** The host's server API online in this JVM; {@code kona4j client --json} a child on fds 3–6. */
    private Decision serveClientChild(MatrixClaims.Case c) throws Exception {
        int i = cases.indexOf(c);
        Path toHost = Processes.fifo(dir, "s-h2h-" + i);
        Path toClient = Processes.fifo(dir, "s-h2c-" + i);
        Path preToHost = Processes.fifo(dir, "s-p2h-" + i);
        Path preToClient = Processes.fifo(dir, "s-p2c-" + i);
        Path err = dir.resolve("client-" + i + ".err");
        Process child = Processes.kona4jChild("4>\"$p1\" 3<\"$p2\" 6>\"$p3\" 5<\"$p4\"",
                List.of(toHost, toClient, preToHost, preToClient), List.of("client", "--json"), err).start();
        Claim cl = c.claim();
        BootInfo boot = new BootInfo(cl.l1Head(), cl.agreedOutputRoot(), cl.claimedOutputRoot(), cl.claimedBlock(), 0);
        SingleChainHostConfig cfg = new SingleChainHostConfig(boot, devnet.l2Block(cl.agreedBlock()).hash(),
                server.l1Uri(), server.beaconUri(), server.l2Uri(), null, devnet.rollupConfigJson(),
                devnet.l1ConfigJson(), false, RpcConfig.defaults(), RefetchPolicy.defaults());
        try (SingleChainHost host = new SingleChainHost(cfg, new HostStats(), null, w -> { })) {
            StreamChannel hints = StreamChannel.open(toHost, toClient);
            StreamChannel preimages = StreamChannel.open(preToHost, preToClient);
            try {
                host.serve(hints, preimages);
            } finally {
                hints.close();
                preimages.close();
            }
            return Processes.finish(child, err, 120).decision();
        } finally {
            child.destroyForcibly();
        }
    }

    /** {@code kona4j host single --server} offline from the data dir and {@code kona4j client}, both children. */
    private Decision hostAndClientChildren(MatrixClaims.Case c) throws Exception {
        int i = cases.indexOf(c);
        Path toHost = Processes.fifo(dir, "c-h2h-" + i);
        Path toClient = Processes.fifo(dir, "c-h2c-" + i);
        Path preToHost = Processes.fifo(dir, "c-p2h-" + i);
        Path preToClient = Processes.fifo(dir, "c-p2c-" + i);
        List<Path> pipes = List.of(toHost, toClient, preToHost, preToClient);
        Path clientErr = dir.resolve("c-client-" + i + ".err");
        Path hostErr = dir.resolve("c-host-" + i + ".err");
        List<String> hostArgs = hostArgs(c.claim(), "--server", false);
        hostArgs.addAll(List.of("--data-dir", dataDir.toString()));
        // both open the hint pipe to the client first, then the one back, then the same for preimages
        Process host = Processes.kona4jChild("4>\"$p2\" 3<\"$p1\" 6>\"$p4\" 5<\"$p3\"", pipes, hostArgs, hostErr).start();
        Process client = Processes.kona4jChild("3<\"$p2\" 4>\"$p1\" 5<\"$p4\" 6>\"$p3\"", pipes,
                List.of("client", "--json"), clientErr).start();
        try {
            Processes.Run cr = Processes.finish(client, clientErr, 120);
            Processes.Run hr = Processes.finish(host, hostErr, 30);
            assertThat(hr.exitCode()).as("host child: %s", hr.stderr()).isZero();
            return cr.decision();
        } finally {
            client.destroyForcibly();
            host.destroyForcibly();
            host.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void record(String backEnd, MatrixClaims.Case c, Decision d) {
        decisions.computeIfAbsent(backEnd, k -> new LinkedHashMap<>()).put(c.label(), d);
    }

    private void assertDecided(String backEnd) {
        Map<String, Decision> got = decisions.get(backEnd);
        for (MatrixClaims.Case c : cases) {
            Decision d = got.get(c.label());
            if (d != null) assertThat(d).as("%s: %s", backEnd, c.label()).isEqualTo(c.expected());
        }
    }
}
