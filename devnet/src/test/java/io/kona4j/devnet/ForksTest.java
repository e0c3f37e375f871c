package io.kona4j.devnet;

import io.kona4j.protocol.Hardfork;
import org.junit.jupiter.api.Test;

class ForksTest {
    @Test
    void builds() {
        Devnet d = Devnet.build(DevnetConfig.allForks(1, 44));
        System.out.println("build ms " + d.buildNanos() / 1e6);
        try (LoopbackServer s = LoopbackServer.start(d)) {
            ClaimProver p = new ClaimProver(d, s);
            for (Hardfork f : DevnetConfig.ALL_FORKS) {
                long n = DevnetConfig.allForksActivationBlock(f);
                for (long b : new long[] {n, n + 1}) {
                    ClaimProver.Outcome ok = p.proveNative(Claim.honest(d, b), m -> { });
                    System.out.println(f + " block " + b + " exit " + ok.result() + " ms " + ok.nanos() / 1e6 + " derived " + ok.blocksDerived());
                }
            }
        }
    }
}
