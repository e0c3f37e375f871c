package io.kona4j.cli;

import io.kona4j.devnet.Claim;
import io.kona4j.devnet.ClaimProver;
import io.kona4j.devnet.Devnet;
import io.kona4j.devnet.DevnetConfig;
import io.kona4j.devnet.LoopbackServer;
import io.kona4j.primitives.Hash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kona4j demo}: builds a devnet (L1 with batcher transactions and deposit logs, L2 sequenced by kona4j's own
 * executor), serves it over loopback JSON-RPC and beacon API, and proves claims on it with the online host and the
 * client in one process, then replays one proof offline from the preimages it used. One claim is deliberately wrong
 * and must be rejected. No network beyond 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a devnet chain and prove claims on it (host and client in one process); one wrong claim is rejected.")
public final class DemoCommand implements Kona4jCommand {
    @Option(names = "--blocks", defaultValue = "12", description = "L2 blocks after genesis (default ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for keys and user transactions (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--verbose", description = "Also show derivation's log (e.g. batches dropped as past or duplicate).")
    boolean verbose;

    /** Held so the level set on it sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger DERIVE_LOG = java.util.logging.Logger.getLogger("io.kona4j.derive");

    @Override
    public Integer call() {
        if (!verbose) DERIVE_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (blocks < 4) {
            System.err.println("demo: --blocks must be at least 4, got " + blocks);
            return 1;
        }
        long t0 = System.nanoTime();
        Devnet d = Devnet.build(DevnetConfig.bedrock(seed, blocks));
        System.err.printf("devnet: %d L1 blocks, %d L2 blocks built in %.2fs (Bedrock/Regolith rules, zlib singular batches, calldata)%n",
                d.l1Blocks().size(), d.l2Blocks().size() - 1, (System.nanoTime() - t0) / 1e9);
        List<Claim> claims = new ArrayList<>();
        claims.add(Claim.honest(d, 1));
        claims.add(Claim.honest(d, blocks / 2));
        claims.add(Claim.honest(d, blocks / 2, blocks - 1));
        claims.add(Claim.honest(d, blocks));
        claims.add(Claim.honest(d, blocks).altered("wrong output root", Hash.ZERO));
        int unexpected = 0;
        try (LoopbackServer server = LoopbackServer.start(d)) {
            System.err.println("loopback L1/L2 JSON-RPC and beacon API at " + server.l1Uri().getHost() + ":" + server.l1Uri().getPort());
            ClaimProver prover = new ClaimProver(d, server);
            ClaimProver.Outcome first = null;
            for (Claim c : claims) {
                ClaimProver.Outcome o = prover.proveNative(c, m -> System.err.println("  " + m));
                if (first == null) first = o;
                unexpected += report("native ", o);
            }
            ClaimProver.Outcome offline = prover.proveOffline(first.claim(), first.store(), m -> { });
            unexpected += report("offline", offline);
        }
        System.err.printf("demo: %d claims decided, %d not as expected, %.2fs in all%n", claims.size() + 1, unexpected,
                (System.nanoTime() - t0) / 1e9);
        return unexpected == 0 ? 0 : 1;
    }

    private static int report(String mode, ClaimProver.Outcome o) {
        Claim c = o.claim();
        String verdict = o.result().exitCode() == 0 ? "VALID" : "INVALID";
        System.err.printf("%s claim %-40s agreed #%d -> claimed #%d: %s (exit %d, expected %s) %d blocks derived, %d preimages, %d bytes, %.0f ms%n",
                mode, c.label(), c.agreedBlock(), c.claimedBlock(), verdict, o.result().exitCode(),
                c.honest() ? "VALID" : "INVALID", o.blocksDerived(), o.preimages(), o.preimageBytes(), o.nanos() / 1e6);
        return o.asExpected() ? 0 : 1;
    }
}
