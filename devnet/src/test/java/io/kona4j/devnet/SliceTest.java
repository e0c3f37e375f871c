package io.kona4j.devnet;

import io.kona4j.primitives.Hash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The vertical slice: a Bedrock devnet proven through the online host over loopback HTTP and the native client. */
class SliceTest {
    @Test
    void bedrockChainProvesHonestAndRejectsAltered() {
        Devnet d = Devnet.build(DevnetConfig.bedrock(1, 8));
        assertThat(d.l2Blocks()).hasSize(9);
        try (LoopbackServer s = LoopbackServer.start(d)) {
            ClaimProver p = new ClaimProver(d, s);
            ClaimProver.Outcome ok = p.proveNative(Claim.honest(d, 7), m -> { });
            assertThat(ok.result().exitCode()).as(ok.result().toString()).isEqualTo(0);
            assertThat(ok.blocksDerived()).isEqualTo(1);
            ClaimProver.Outcome bad = p.proveNative(Claim.honest(d, 7).altered("state", Hash.ZERO), m -> { });
            assertThat(bad.result().exitCode()).as(bad.result().toString()).isEqualTo(1);
        }
    }
}
