package io.kona4j.cli;

import io.kona4j.host.HostProgress;
import io.kona4j.host.HostStats;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.single.SingleChainHost;
import io.kona4j.host.single.SingleChainHostConfig;
import io.kona4j.host.witness.WitnessBundle;
import io.kona4j.host.witness.WitnessRecorder;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.protocol.registry.Chains;
import io.kona4j.protocol.registry.RollupConfigJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code kona4j host single}: kona-host's single-chain host with its flag names, aliases and environment variables.
 * {@code --native} runs the client program in this process (exit code: the client's, 0 valid, 1 invalid claim or
 * error, 2 bug); {@code --server} serves a parent FPVM or a {@code kona4j client} child on fds 3–6 (exit 0 when the
 * client closed its channels, 1 when serving failed). Online with all three node addresses (an optional
 * {@code --data-dir} keeps what was fetched), offline from {@code --data-dir} alone.
 */
@Command(name = "single", mixinStandardHelpOptions = true, description = "Single-chain host (kona-host flags): --native runs the client here, --server "
        + "serves fds 3-6. Exit 0 valid, 1 invalid claim or error, 2 internal bug.")
public final class HostSingleCommand implements Kona4jCommand {
    @Option(names = "--l1-head", defaultValue = "${env:L1_HEAD}", paramLabel = "HASH",
            description = "Hash of the L1 head block; derivation stops after it (env L1_HEAD).")
    String l1Head;

    @Option(names = {"--agreed-l2-head-hash", "--l2-head"}, defaultValue = "${env:AGREED_L2_HEAD_HASH}", paramLabel = "HASH",
            description = "Hash of the agreed safe L2 block (env AGREED_L2_HEAD_HASH).")
    String agreedL2HeadHash;

    @Option(names = {"--agreed-l2-output-root", "--l2-output-root"}, defaultValue = "${env:AGREED_L2_OUTPUT_ROOT}",
            paramLabel = "HASH", description = "Agreed L2 output root to start from (env AGREED_L2_OUTPUT_ROOT).")
    String agreedL2OutputRoot;

    @Option(names = {"--claimed-l2-output-root", "--l2-claim"}, defaultValue = "${env:CLAIMED_L2_OUTPUT_ROOT}",
            paramLabel = "HASH", description = "Claimed L2 output root to validate (env CLAIMED_L2_OUTPUT_ROOT).")
    String claimedL2OutputRoot;

    @Option(names = {"--claimed-l2-block-number", "--l2-block-number"}, defaultValue = "${env:CLAIMED_L2_BLOCK_NUMBER}",
            paramLabel = "N", description = "L2 block number the claim commits to (env CLAIMED_L2_BLOCK_NUMBER).")
    String claimedL2BlockNumber;

    @Option(names = {"--l1-node-address", "--l1"}, defaultValue = "${env:L1_NODE_ADDRESS}", paramLabel = "URL",
            description = "L1 execution JSON-RPC (eth, debug) (env L1_NODE_ADDRESS).")
    String l1NodeAddress;

    @Option(names = {"--l1-beacon-address", "--beacon"}, defaultValue = "${env:L1_BEACON_ADDRESS}", paramLabel = "URL",
            description = "L1 beacon API (env L1_BEACON_ADDRESS).")
    String l1BeaconAddress;

    @Option(names = {"--l2-node-address", "--l2"}, defaultValue = "${env:L2_NODE_ADDRESS}", paramLabel = "URL",
            description = "L2 execution JSON-RPC (eth, debug) (env L2_NODE_ADDRESS).")
    String l2NodeAddress;

    @Option(names = {"--data-dir", "--db"}, defaultValue = "${env:DATA_DIR}", paramLabel = "DIR",
            description = "Preimage store (kona-host's RocksDB format); required offline (env DATA_DIR).")
    Path dataDir;

    @Option(names = "--native", description = "Run the client program in this process.")
    boolean nativeMode;

    @Option(names = "--server", description = "Serve a parent FPVM or client process on fds 3-6.")
    boolean server;

    @Option(names = "--l2-chain-id", defaultValue = "${env:L2_CHAIN_ID}", paramLabel = "ID",
            description = "L2 chain id of a built-in chain (env L2_CHAIN_ID).")
    Long l2ChainId;

    @Option(names = {"--rollup-config-path", "--rollup-cfg"}, defaultValue = "${env:ROLLUP_CONFIG_PATH}",
            paramLabel = "FILE", description = "Rollup config of a custom chain (JSON or registry TOML) (env ROLLUP_CONFIG_PATH).")
    Path rollupConfigPath;

    @Option(names = {"--l1-config-path", "--l1-cfg"}, defaultValue = "${env:L1_CONFIG_PATH}", paramLabel = "FILE",
            description = "L1 chain config JSON for an L1 without a built-in config (env L1_CONFIG_PATH).")
    Path l1ConfigPath;

    @Option(names = "--enable-experimental-witness-endpoint",
            defaultValue = "${env:ENABLE_EXPERIMENTAL_WITNESS_ENDPOINT:-false}",
            description = "Answer l2-payload-witness hints with debug_executePayload / debug_executionWitness.")
    boolean enableExperimentalWitnessEndpoint;

    @Option(names = "--export-witness", paramLabel = "FILE",
            description = "Write every preimage the run served into a witness bundle (replay: kona4j witness replay).")
    Path exportWitness;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Option(names = "--json", description = "Progress lines and the verdict as JSON objects.")
    boolean json;

    @Option(names = "--progress-interval", defaultValue = "10", paramLabel = "SECONDS",
            description = "Seconds between progress lines (default 10).")
    int progressSeconds;

    @Override
    public Integer call() throws IOException {
        if (nativeMode == server) throw new IllegalArgumentException("give exactly one of --native and --server");
        if ((l2ChainId == null) == (rollupConfigPath == null)) {
            throw new IllegalArgumentException("give exactly one of --l2-chain-id and --rollup-config-path");
        }
        byte[] rollupJson = null;
        if (rollupConfigPath != null) {
            rollupJson = RollupConfigJson.write(Chains.fromFile(rollupConfigPath)).getBytes(StandardCharsets.UTF_8);
        }
        byte[] l1Json = l1ConfigPath == null ? null : Files.readAllBytes(l1ConfigPath);
        BootInfo boot = new BootInfo(hash("--l1-head", "L1_HEAD", l1Head),
                hash("--agreed-l2-output-root", "AGREED_L2_OUTPUT_ROOT", agreedL2OutputRoot),
                hash("--claimed-l2-output-root", "CLAIMED_L2_OUTPUT_ROOT", claimedL2OutputRoot),
                number("--claimed-l2-block-number", "CLAIMED_L2_BLOCK_NUMBER", claimedL2BlockNumber),
                l2ChainId == null ? 0 : l2ChainId);
        SingleChainHostConfig cfg = new SingleChainHostConfig(boot,
                hash("--agreed-l2-head-hash", "AGREED_L2_HEAD_HASH", agreedL2HeadHash), uri(l1NodeAddress),
                uri(l1BeaconAddress), uri(l2NodeAddress), dataDir, rollupJson, l1Json,
                enableExperimentalWitnessEndpoint, RpcConfig.defaults(), RefetchPolicy.defaults());

        HostStats stats = new HostStats();
        WitnessRecorder recorder = exportWitness == null ? null : new WitnessRecorder();
        BlockCounter blocks = new BlockCounter();
        int exit;
        try (SingleChainHost host = new SingleChainHost(cfg, stats, recorder,
                w -> { if (!quiet) System.err.println(json ? "{\"event\":\"warning\",\"message\":"
                        + ResultPrinter.string(w) + "}" : "host warning: " + w); });
             HostProgress progress = quiet ? null : new HostProgress(stats, nativeMode ? blocks::blocks : null,
                     System.err, json, Duration.ofSeconds(Math.max(1, progressSeconds)))) {
            if (nativeMode) {
                SingleChainHost.NativeRun run = host.runNative(ClientOptions.DEFAULT.withListener(blocks));
                if (run.hostFailure() != null) System.err.println("host failure: " + run.hostFailure().getMessage());
                ResultPrinter.print(System.err, run.client(), json);
                exit = run.exitCode();
            } else {
                host.runServer();
                exit = 0;
            }
        }
        if (recorder != null) {
            WitnessBundle.write(exportWitness, recorder.snapshot(), boot);
            if (!quiet) System.err.println("witness bundle: " + recorder.size() + " preimages in " + exportWitness);
        }
        return exit;
    }

    private static Hash hash(String flag, String env, String v) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException(flag + " (or " + env + ") is required");
        try {
            return Hash.fromHex(v.trim());
        } catch (PrimitivesException e) {
            throw new IllegalArgumentException(flag + " must be a 0x-prefixed 32-byte hex hash: " + e.getMessage(), e);
        }
    }

    private static long number(String flag, String env, String v) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException(flag + " (or " + env + ") is required");
        try {
            return Long.parseUnsignedLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a decimal u64, got '" + v + "'", e);
        }
    }

    private static URI uri(String v) {
        return v == null || v.isBlank() ? null : URI.create(v.trim());
    }
}
