package io.kona4j.host.single;

import io.kona4j.host.HostStats;
import io.kona4j.host.witness.WitnessBundle;
import io.kona4j.host.witness.WitnessRecorder;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.proof.client.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real client and the host in one process (native mode) over loopback nodes; the run's data directory then
 * replays offline with no request to any node, and its witness bundle replays with no host at all.
 */
@Timeout(120)
class NativeModeTest {
    private static ChainFixture fx;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        fx = new ChainFixture();
    }

    @Test
    void onlineRunThenOfflineReplayAndWitnessReplay() throws Exception {
        try (TraceScenario sc = new TraceScenario(fx)) {
            BootInfo boot = sc.boot(sc.agreedRoot, sc.head.number());
            Path dataDir = dir.resolve("data");
            WitnessRecorder recorder = new WitnessRecorder();
            HostStats stats = new HostStats();
            SingleChainHost.NativeRun run;
            try (SingleChainHost host = new SingleChainHost(sc.online(boot, dataDir), stats, recorder, w -> { })) {
                run = host.runNative(ClientOptions.DEFAULT);
            }
            assertThat(run.hostFailure()).isNull();
            assertThat(run.client().verdict()).as(run.client().detail()).isEqualTo(Verdict.VALID);
            assertThat(run.exitCode()).isZero();
            assertThat(stats.hints()).isEqualTo(2);
            int onlineRequests = sc.requests();
            assertThat(onlineRequests).isEqualTo(3);
            // boot keys 1-5, the agreed output preimage, the safe head's header
            assertThat(recorder.size()).isEqualTo(7);
            assertThat(recorder.snapshot()).containsKeys(PreimageKey.keccak256(sc.agreedRoot),
                    PreimageKey.keccak256(sc.head.hash()), PreimageKey.local(1), PreimageKey.local(5));

            HostStats offlineStats = new HostStats();
            try (SingleChainHost host = new SingleChainHost(TraceScenario.offline(boot, sc.head.hash(), dataDir),
                    offlineStats, null, w -> { })) {
                SingleChainHost.NativeRun replay = host.runNative(ClientOptions.DEFAULT);
                assertThat(replay.exitCode()).as(replay.client().detail()).isZero();
            }
            assertThat(sc.requests()).isEqualTo(onlineRequests);
            assertThat(offlineStats.served()).isEqualTo(stats.served());

            Path bundle = dir.resolve("run.witness");
            WitnessBundle.write(bundle, recorder.snapshot(), boot);
            WitnessBundle loaded = WitnessBundle.read(bundle);
            assertThat(loaded.metadata().get("claimedL2BlockNumber").asLong()).isEqualTo(sc.head.number());
            ClientResult fromBundle = SingleChainClient.runOffline(loaded::get);
            assertThat(fromBundle.verdict()).as(fromBundle.detail()).isEqualTo(Verdict.VALID);
            assertThat(sc.requests()).isEqualTo(onlineRequests);
        }
    }

    @Test
    void aClaimBeforeTheSafeHeadIsInvalidWithExitOne() throws Exception {
        try (TraceScenario sc = new TraceScenario(fx);
             SingleChainHost host = new SingleChainHost(sc.online(sc.boot(Hash.ZERO, sc.head.number() - 1), null),
                     new HostStats(), null, w -> { })) {
            SingleChainHost.NativeRun run = host.runNative(ClientOptions.DEFAULT);
            assertThat(run.client().verdict()).isEqualTo(Verdict.INVALID);
            assertThat(run.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void aKeyTheNodesCannotServeEndsTheRunWithTheHostsError() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (TraceScenario sc = new TraceScenario(fx)) {
            sc.l2.onRpcResult("eth_getProof", p -> io.kona4j.host.rpc.LoopbackServer.JSON.nullNode());
            try (SingleChainHost host = new SingleChainHost(sc.online(sc.boot(sc.agreedRoot, sc.head.number()), null),
                    new HostStats(), null, warnings::add)) {
                SingleChainHost.NativeRun run = host.runNative(ClientOptions.DEFAULT);
                assertThat(run.exitCode()).isEqualTo(1);
                assertThat(run.client().verdict()).isEqualTo(Verdict.ERROR);
                assertThat(run.hostFailure()).isInstanceOf(io.kona4j.host.backend.PreimageUnavailableException.class)
                        .hasMessageContaining(PreimageKey.keccak256(sc.agreedRoot).toHex())
                        .hasMessageContaining("starting-l2-output");
            }
        }
    }
}
