package io.kona4j.cli;

import io.kona4j.devnet.Claim;
import io.kona4j.devnet.Devnet;
import io.kona4j.devnet.DevnetConfig;
import io.kona4j.devnet.L1BlockData;
import io.kona4j.devnet.L2BlockData;
import io.kona4j.devnet.LoopbackServer;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.single.SingleChainHost;
import io.kona4j.host.single.SingleChainHostConfig;
import io.kona4j.host.witness.WitnessBundle;
import io.kona4j.host.witness.WitnessRecorder;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.proof.client.Verdict;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.OutputRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code kona4j demo}: builds a devnet (L1 with batcher transactions and deposit logs, L2 sequenced by kona4j's own
 * executor), serves it over loopback JSON-RPC and beacon API, and proves claims on it with the host of
 * {@code kona4j host single} and the client in one process, keeping what the host fetched in a kona-host data
 * directory and every preimage each claim used in a witness bundle. Then some claims are replayed offline from the
 * data directory (no request reaches the server) and from their bundles (no host at all), and the whole-chain claim
 * is re-proven a few times warm for per-block figures. One claim is deliberately wrong and must be rejected. With {@code --out DIR}
 * the chain, data directory and bundles stay in DIR and the replay command lines are printed (and written to
 * {@code DIR/replay.sh}). No network beyond 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a devnet chain and prove claims on it (host and client in one process); one wrong claim is "
                + "rejected. Replays claims offline and from witness bundles; --out DIR keeps them for replay.")
public final class DemoCommand implements Kona4jCommand {
    /** The chains the demo can build. */
    enum Chain { ALL_FORKS, BEDROCK }

    @Option(names = "--chain", defaultValue = "all-forks", paramLabel = "all-forks|bedrock",
            converter = ChainConverter.class,
            description = "all-forks: Bedrock to Jovian in one chain, zlib singular batches in calldata, span batches "
                    + "from Delta, blobs from Ecotone, brotli from Fjord (--blocks must reach past Jovian's "
                    + "activation); bedrock: Regolith rules only (default ${DEFAULT-VALUE}).")
    Chain chain;

    @Option(names = "--blocks", description = "L2 blocks after genesis (default: 8 past Jovian's activation for "
            + "all-forks, 12 for bedrock).")
    Integer blocks;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for keys and user transactions (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Keep the chain (rollup.json, l1.json, blocks.txt, events.txt), the data directory (DIR/data) "
                    + "and one witness bundle per claim (DIR/witness) and print the offline replay commands.")
    Path out;

    @Option(names = "--warm-rounds", defaultValue = "1", paramLabel = "N",
            description = "Times the whole-chain claim is re-proven, native and offline, for warm per-block figures "
                    + "(default ${DEFAULT-VALUE}; 0 skips).")
    int warmRounds;

    @Option(names = "--verbose", description = "Also show derivation's log (e.g. batches dropped as past or duplicate).")
    boolean verbose;

    /** Held so the level set on it sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger DERIVE_LOG = java.util.logging.Logger.getLogger("io.kona4j.derive");
    /** Host warnings already shown (each distinct one is printed once). */
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    /** The devnet the demo builds. */
    static DevnetConfig chain(Chain chain, long seed, int blocks) {
        return switch (chain) {
            case ALL_FORKS -> DevnetConfig.allForks(seed, blocks);
            case BEDROCK -> DevnetConfig.bedrock(seed, blocks);
        };
    }

    /** {@code all-forks} / {@code bedrock} as picocli reads them. */
    static final class ChainConverter implements picocli.CommandLine.ITypeConverter<Chain> {
        @Override
        public Chain convert(String value) {
            return switch (value) {
                case "all-forks" -> Chain.ALL_FORKS;
                case "bedrock" -> Chain.BEDROCK;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected all-forks or bedrock, got '" + value + "'");
            };
        }
    }

    /** One proof: how it was decided and what it cost. */
    private record Proof(ClientResult result, long blocks, long preimages, long bytes, long nanos) {}

    /** A claim of the demo, its expected verdict and its witness bundle. */
    private record DemoClaim(Claim claim, Path witness) {
        long blocks() {
            return claim.claimedBlock() - claim.agreedBlock();
        }
    }

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        if (!verbose) DERIVE_LOG.setLevel(java.util.logging.Level.SEVERE);
        int min = chain == Chain.ALL_FORKS ? DevnetConfig.ALL_FORKS_MIN_BLOCKS : 4;
        if (blocks == null) blocks = chain == Chain.ALL_FORKS ? DevnetConfig.ALL_FORKS_MIN_BLOCKS + 4 : 12;
        if (blocks < min) {
            System.err.println("demo: --blocks must be at least " + min + " for the " + chain.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + " chain, got " + blocks);
            return 1;
        }
        if (warmRounds < 0) {
            System.err.println("demo: --warm-rounds must not be negative, got " + warmRounds);
            return 1;
        }
        if (out != null && Files.exists(out.resolve("data"))) {
            System.err.println("demo: " + out.resolve("data") + " already exists; give --out an empty or new directory");
            return 1;
        }
        DevnetConfig config = chain(chain, seed, blocks);
        Devnet d = Devnet.build(config);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("devnet: %d L1 blocks, %d L2 blocks built in %.2fs (%.0f ms per L2 block; %s)%n",
                d.l1Blocks().size(), d.l2Blocks().size() - 1, buildSeconds, buildSeconds * 1e3 / blocks,
                describe(config));

        boolean keep = out != null;
        Path dir = keep ? out.toAbsolutePath().normalize() : Files.createTempDirectory("kona4j-demo");
        try {
            return run(d, dir, keep, t0);
        } finally {
            if (!keep) deleteTree(dir);
        }
    }

    private int run(Devnet d, Path dir, boolean keep, long t0) throws IOException {
        Path data = dir.resolve("data");
        Path witnessDir = dir.resolve("witness");
        Files.createDirectories(witnessDir);
        Path rollupJson = Files.write(dir.resolve("rollup.json"), d.rollupConfigJson());
        Path l1Json = Files.write(dir.resolve("l1.json"), d.l1ConfigJson());
        if (keep) {
            Files.writeString(dir.resolve("blocks.txt"), blocksSummary(d));
            Files.writeString(dir.resolve("events.txt"), String.join("\n", d.events()) + "\n");
        }
        List<DemoClaim> claims = new ArrayList<>();
        for (Claim c : claims(d)) {
            claims.add(new DemoClaim(c, witnessDir.resolve("claim-" + (claims.size() + 1) + ".witness")));
        }

        int unexpected = 0;
        List<Proof> natives = new ArrayList<>();
        try (LoopbackServer server = LoopbackServer.start(d)) {
            System.err.println("loopback L1/L2 JSON-RPC and beacon API at " + server.l1Uri().getHost() + ":"
                    + server.l1Uri().getPort() + "; data directory " + data);
            for (DemoClaim c : claims) {
                Proof p = proveOnline(d, server, c, data);
                natives.add(p);
                unexpected += report("native ", c.claim(), p, null);
            }
            long before = server.requests();
            // replayed here: the first claim and the last three (multi-block, last block, the wrong claim); every
            // claim's replay command is printed with --out
            for (int i = 0; i < claims.size(); i++) {
                if (i != 0 && i < claims.size() - 3) continue;
                unexpected += report("offline", claims.get(i).claim(), proveOffline(d, claims.get(i).claim(), data),
                        natives.get(i));
                unexpected += report("witness", claims.get(i).claim(), replayWitness(claims.get(i).witness()),
                        natives.get(i));
            }
            long offlineRequests = server.requests() - before;
            System.err.printf("offline and witness replays: %d requests reached the loopback server%n", offlineRequests);
            if (offlineRequests != 0) unexpected++;
            if (warmRounds > 0) warm(d, server, claims, data);
        }
        System.err.printf("demo: %d claims decided natively (%d of them replayed offline and from witness bundles), %d "
                + "not as expected, %.2fs in all%n", claims.size(), Math.min(4, claims.size()), unexpected,
                (System.nanoTime() - t0) / 1e9);
        if (keep) printReplay(d, dir, claims, rollupJson, l1Json, data);
        return unexpected == 0 ? 0 : 1;
    }

    /**
     * The claims: the first block, the first block of every fork activated after genesis, the middle, a multi-block
     * claim, the whole chain and the last block, then the last block with a wrong state root in its output root.
     */
    static List<Claim> claims(Devnet d) {
        int n = d.l2Blocks().size() - 1;
        TreeMap<Long, String> single = new TreeMap<>();
        single.put(1L, "block 1");
        for (Hardfork f : Hardfork.values()) {
            for (int i = 1; i <= n; i++) {
                long t = d.l2Block(i).header().timestamp();
                long parent = d.l2Block(i - 1).header().timestamp();
                if (d.rollupConfig().isActive(f, t) && !d.rollupConfig().isActive(f, parent)) {
                    single.merge((long) i, "block " + i + ", first " + f.key(), (a, b) -> a + ", " + f.key());
                    break;
                }
            }
        }
        single.putIfAbsent((long) n / 2, "block " + n / 2);
        List<Claim> out = new ArrayList<>();
        single.forEach((b, label) -> out.add(relabel(Claim.honest(d, b), label)));
        out.add(relabel(Claim.honest(d, n / 2 - 1, n - 1), "blocks " + n / 2 + "-" + (n - 1)));
        out.add(relabel(Claim.honest(d, 0, n), "blocks 1-" + n + " (whole chain)"));
        out.add(relabel(Claim.honest(d, n), "block " + n + " (last)"));
        L2BlockData last = d.l2Block(n);
        Hash wrongState = io.kona4j.primitives.Keccak256.hash("a wrong state root".getBytes(StandardCharsets.UTF_8));
        Hash wrong = new OutputRoot(wrongState, last.messagePasserStorageRoot(), last.hash()).hash();
        out.add(Claim.honest(d, n).altered("wrong state root", wrong));
        return out;
    }

    private static Claim relabel(Claim c, String label) {
        return new Claim(label, c.agreedBlock(), c.agreedOutputRoot(), c.claimedBlock(), c.claimedOutputRoot(),
                c.l1Head(), c.honest());
    }

    /** The boot inputs as {@code kona4j host single --rollup-config-path} gives them (chain id 0 in key 5). */
    private static BootInfo boot(Claim c) {
        return new BootInfo(c.l1Head(), c.agreedOutputRoot(), c.claimedOutputRoot(), c.claimedBlock(), 0);
    }

    private static SingleChainHostConfig hostConfig(Devnet d, Claim c, LoopbackServer server, Path data) {
        URI l1 = server == null ? null : server.l1Uri();
        URI beacon = server == null ? null : server.beaconUri();
        URI l2 = server == null ? null : server.l2Uri();
        return new SingleChainHostConfig(boot(c), d.l2Block(c.agreedBlock()).hash(), l1, beacon, l2, data,
                d.rollupConfigJson(), d.l1ConfigJson(), false, RpcConfig.defaults(), RefetchPolicy.defaults());
    }

    /** Native mode online over the loopback server, keeping the fetched preimages in {@code data}. */
    private Proof proveOnline(Devnet d, LoopbackServer server, DemoClaim c, Path data) {
        long start = System.nanoTime();
        HostStats stats = new HostStats();
        WitnessRecorder recorder = c.witness() == null ? null : new WitnessRecorder();
        BlockCounter counter = new BlockCounter();
        ClientResult r;
        try (SingleChainHost host = new SingleChainHost(hostConfig(d, c.claim(), server, data), stats, recorder,
                w -> { if (warned.add(w)) System.err.println("host warning (shown once): " + w); })) {
            SingleChainHost.NativeRun run = host.runNative(ClientOptions.DEFAULT.withListener(counter));
            if (run.hostFailure() != null) System.err.println("host failure: " + run.hostFailure().getMessage());
            r = run.client();
        }
        long nanos = System.nanoTime() - start;
        if (recorder != null) WitnessBundle.write(c.witness(), recorder.snapshot(), boot(c.claim()));
        return new Proof(r, counter.blocks(), stats.served(), stats.servedBytes(), nanos);
    }

    /** Native mode offline: every preimage from the data directory, no node addresses at all. */
    private static Proof proveOffline(Devnet d, Claim c, Path data) {
        long start = System.nanoTime();
        HostStats stats = new HostStats();
        BlockCounter counter = new BlockCounter();
        try (SingleChainHost host = new SingleChainHost(hostConfig(d, c, null, data), stats, null, w -> { })) {
            ClientResult r = host.runNative(ClientOptions.DEFAULT.withListener(counter)).client();
            return new Proof(r, counter.blocks(), stats.served(), stats.servedBytes(), System.nanoTime() - start);
        }
    }

    /** The client over a witness bundle (every entry hash-checked on load), no host. */
    private static Proof replayWitness(Path file) {
        long start = System.nanoTime();
        WitnessBundle bundle = WitnessBundle.read(file);
        long[] served = {0, 0};
        BlockCounter counter = new BlockCounter();
        ClientResult r = SingleChainClient.runOffline(key -> {
            byte[] v = bundle.get(key);
            if (v != null) {
                served[0]++;
                served[1] += v.length;
            }
            return v;
        }, ClientOptions.DEFAULT.withListener(counter));
        return new Proof(r, counter.blocks(), served[0], served[1], System.nanoTime() - start);
    }

    /** Re-proves the whole-chain claim warm, native (online, fresh host each time) and offline; best round counts. */
    private void warm(Devnet d, LoopbackServer server, List<DemoClaim> claims, Path data) {
        DemoClaim whole = claims.stream().filter(c -> c.claim().agreedBlock() == 0 && c.claim().honest())
                .max(java.util.Comparator.comparingLong(DemoClaim::blocks)).orElseThrow();
        long bestNative = Long.MAX_VALUE;
        long bestOffline = Long.MAX_VALUE;
        Proof last = null;
        long requests = 0;
        for (int i = 0; i < warmRounds; i++) {
            long before = server.requests();
            Proof p = proveOnline(d, server, new DemoClaim(whole.claim(), null), null);
            requests = server.requests() - before;
            Proof o = proveOffline(d, whole.claim(), data);
            if (p.result().verdict() != Verdict.VALID || o.result().verdict() != Verdict.VALID) {
                throw new IllegalStateException("the warm rounds of " + whole.claim().label() + " were not VALID: "
                        + p.result() + " / " + o.result());
            }
            bestNative = Math.min(bestNative, p.nanos());
            bestOffline = Math.min(bestOffline, o.nanos());
            last = p;
        }
        long n = whole.blocks();
        System.err.printf("warm, %s, best of %d: %.1f ms per block native (online over loopback RPC), %.1f ms per "
                        + "block offline (data dir); %.1f preimages, %.0f bytes and %.1f RPC requests per block%n",
                whole.claim().label(), warmRounds, bestNative / 1e6 / n, bestOffline / 1e6 / n,
                (double) last.preimages() / n, (double) last.bytes() / n, (double) requests / n);
    }

    private static int report(String mode, Claim c, Proof p, Proof reference) {
        ClientResult r = p.result();
        Verdict expected = c.honest() ? Verdict.VALID : Verdict.INVALID;
        boolean agrees = reference == null || (r.verdict() == reference.result().verdict()
                && java.util.Objects.equals(r.computedOutputRoot(), reference.result().computedOutputRoot()));
        boolean ok = r.verdict() == expected && agrees;
        System.err.printf(Locale.ROOT, "%s claim %-32s #%d -> #%d: %-7s (expected %s%s) %d blocks derived+executed, "
                        + "%d preimages, %d bytes, %.0f ms%n", mode, c.label(), c.agreedBlock(), c.claimedBlock(),
                r.verdict(), expected, agrees ? "" : ", DISAGREES with native", p.blocks(), p.preimages(), p.bytes(),
                p.nanos() / 1e6);
        if (!ok) System.err.println("  " + r);
        return ok ? 0 : 1;
    }

    private void printReplay(Devnet d, Path dir, List<DemoClaim> claims, Path rollupJson, Path l1Json, Path data)
            throws IOException {
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("# Replays the claims of `kona4j demo --chain ").append(chain.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')).append(" --blocks ").append(blocks).append(" --seed ").append(seed)
                .append("` offline (data directory, then witness bundles); run it from the kona4j checkout.\n")
                .append("K=\"${KONA4J:-./kona4j}\"\nfail=0\n")
                .append("check() { want=$1; shift; \"$K\" \"$@\"; got=$?; [ \"$got\" = \"$want\" ] || "
                        + "{ echo \"exit $got, expected $want: $*\" >&2; fail=1; }; }\n");
        System.out.println("# replay offline (no network) from " + dir + ":");
        for (DemoClaim c : claims) {
            Claim cl = c.claim();
            int want = cl.honest() ? 0 : 1;
            List<String> host = List.of("host", "single", "--native", "--rollup-config-path", rollupJson.toString(),
                    "--l1-config-path", l1Json.toString(), "--l1-head", cl.l1Head().toHex(),
                    "--agreed-l2-head-hash", d.l2Block(cl.agreedBlock()).hash().toHex(),
                    "--agreed-l2-output-root", cl.agreedOutputRoot().toHex(),
                    "--claimed-l2-output-root", cl.claimedOutputRoot().toHex(),
                    "--claimed-l2-block-number", Long.toString(cl.claimedBlock()), "--data-dir", data.toString());
            List<String> witness = List.of("witness", "replay", c.witness().toString());
            System.out.println("# " + cl.label() + ": expected exit " + want);
            System.out.println("./kona4j " + shellJoin(host));
            System.out.println("./kona4j " + shellJoin(witness));
            script.append("# ").append(cl.label()).append('\n')
                    .append("check ").append(want).append(' ').append(shellJoin(host)).append('\n')
                    .append("check ").append(want).append(' ').append(shellJoin(witness)).append('\n');
        }
        script.append("exit $fail\n");
        Path sh = dir.resolve("replay.sh");
        Files.writeString(sh, script);
        try {
            Files.setPosixFilePermissions(sh, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the script still runs with sh replay.sh
        }
        System.out.println("# or all of them: " + sh + " (chain: rollup.json, l1.json, blocks.txt, events.txt)");
    }

    private static String shellJoin(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) b.append(' ');
            b.append(PLAIN_WORD.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    /** What the devnet runs: fork times and how the batcher posts. */
    static String describe(DevnetConfig c) {
        StringBuilder forks = new StringBuilder();
        for (Hardfork f : Hardfork.values()) {
            Long t = c.hardForks().time(f);
            if (t == null) continue;
            if (!forks.isEmpty()) forks.append(", ");
            forks.append(f.key()).append(t == 0 ? " at genesis" : " at #" + c.activationBlock(f));
        }
        String batching = c.compression().name().toLowerCase(Locale.ROOT)
                + (c.brotliFromFjord() ? " (brotli from fjord)" : "")
                + (c.spanBatchesFromDelta() ? " singular then span batches from delta" : " singular batches")
                + (c.blobsFromEcotone() ? ", calldata then blobs from ecotone" : ", calldata");
        return "forks: " + (forks.isEmpty() ? "bedrock only" : forks) + "; " + batching;
    }

    private static String blocksSummary(Devnet d) {
        StringBuilder b = new StringBuilder("# L1: number hash timestamp transactions blobs\n");
        for (L1BlockData l1 : d.l1Blocks()) {
            b.append(String.format(Locale.ROOT, "L1 %d %s %d %d %d%n", l1.header().number(), l1.hash(),
                    l1.header().timestamp(), l1.block().transactions().size(), l1.blobs().size()));
        }
        b.append("# L2: number hash timestamp transactions l1-origin sequence-number output-root\n");
        for (L2BlockData l2 : d.l2Blocks()) {
            b.append(String.format(Locale.ROOT, "L2 %d %s %d %d %d %d %s%n", l2.number(), l2.hash(),
                    l2.header().timestamp(), l2.block().transactions().size(), l2.info().l1Origin().number(),
                    l2.info().sequenceNumber(), l2.outputRoot()));
        }
        return b.toString();
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo's temporary directory " + root, e);
        }
    }
}
