package io.kona4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Header;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.BootInfo;
import io.kona4j.protocol.OutputRoot;
import io.kona4j.protocol.registry.Chains;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kona4j client} on four named pipes to an in-process host thread. */
class ClientCommandTest {
    @TempDir
    Path dir;

    final Map<PreimageKey, byte[]> store = new HashMap<>();
    final List<String> routed = new ArrayList<>();
    Hash agreed;
    Hash safeHash;
    long safeNumber = 1234;

    void world(boolean traceExtension, long claimedBlock) {
        Header safe = Header.builder().number(safeNumber).timestamp(1_740_000_000L).gasLimit(30_000_000)
                .baseFeePerGas(UInt256.ONE).build();
        byte[] rlp = safe.encode();
        store.put(PreimageKey.keccak256Of(rlp), rlp);
        safeHash = safe.hash();
        byte[] out = new OutputRoot(Keccak256.hash(new byte[]{1}), Keccak256.hash(new byte[]{2}), safe.hash()).encode();
        agreed = Keccak256.hash(out);
        store.put(PreimageKey.keccak256(agreed), out);
        Hash claimed = traceExtension ? agreed : Keccak256.hash(new byte[]{3});
        new BootInfo(Keccak256.hash(new byte[]{4}), agreed, claimed, claimedBlock, Chains.OP_SEPOLIA).localPreimages()
                .forEach(store::put);
    }

    String[] runWithHost(int[] exit, String... extra) throws Exception {
        Path hintToHost = fifo("hint-to-host");
        Path hintToClient = fifo("hint-to-client");
        Path preToHost = fifo("pre-to-host");
        Path preToClient = fifo("pre-to-client");
        RuntimeException[] hostError = new RuntimeException[1];
        Thread host = Thread.ofPlatform().start(() -> {
            try {
                StreamChannel hints = StreamChannel.openWriteFirst(hintToHost, hintToClient);
                StreamChannel preimages = StreamChannel.openWriteFirst(preToHost, preToClient);
                new PreimageServer(preimages, hints, key -> {
                    byte[] v = store.get(key);
                    if (v == null) throw new KeyNotFoundException(key);
                    return v;
                }, routed::add).run();
            } catch (RuntimeException e) {
                hostError[0] = e;
            }
        });
        List<String> args = new ArrayList<>(List.of("client", "--hint-read", hintToClient.toString(), "--hint-write",
                hintToHost.toString(), "--preimage-read", preToClient.toString(), "--preimage-write",
                preToHost.toString()));
        args.addAll(List.of(extra));
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            exit[0] = Kona4j.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
        host.join(30_000);
        assertThat(host.isAlive()).isFalse();
        assertThat(hostError[0]).isNull();
        return buf.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void traceExtensionExitsZero() throws Exception {
        world(true, safeNumber + 5);
        int[] exit = new int[1];
        String[] err = runWithHost(exit);
        assertThat(exit[0]).isZero();
        assertThat(err[err.length - 1]).startsWith("VALID: trace extension");
        assertThat(routed).containsExactly("starting-l2-output " + agreed, "l2-block-header " + safeHash);
    }

    @Test
    void aClaimBeforeTheSafeHeadExitsOneWithJson() throws Exception {
        world(false, safeNumber - 1);
        int[] exit = new int[1];
        String[] err = runWithHost(exit, "--json");
        assertThat(exit[0]).isEqualTo(1);
        assertThat(err[err.length - 1]).startsWith("{\"verdict\":\"INVALID\",\"exitCode\":1,\"claimedBlock\":1233,");
    }

    @Test
    void partialPipeOptionsAreRefused() {
        int exit = Kona4j.commandLine().execute("client", "--hint-read", dir.resolve("x").toString());
        assertThat(exit).isNotZero();
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (!mk.waitFor(10, TimeUnit.SECONDS) || mk.exitValue() != 0) throw new IOException("mkfifo " + p + " failed");
        return p;
    }
}
