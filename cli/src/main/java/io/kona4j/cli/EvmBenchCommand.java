package io.kona4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.BlockHashLookup;
import io.kona4j.evm.Evm;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.Message;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kona4j evm bench [--runs R] [--fork F] [--dir DIR] [NAME...]}: runs the workloads of
 * {@code ../shared/bench/manifest.json} as that file defines them (one legacy transaction from its sender to its
 * target, its block, extra accounts), checks each against the manifest's {@code expect} (gas used and storage slot
 * 0), and prints the median time and Mgas/s of R runs after warm-up, as {@code kona4j evm run --bench} does for
 * one workload, by wall clock and by the thread's CPU time. Exits 1 when a workload does not reproduce its expected results.
 */
@Command(name = "bench", description = "Run the ../shared/bench workloads, check their expected gas and slot 0, print median time and Mgas/s.")
public final class EvmBenchCommand implements Callable<Integer> {
    @Option(names = "--runs", description = "Timed runs per workload after warm-up (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int runs;

    @Option(names = "--fork", description = "Spec (default ${DEFAULT-VALUE}, as the manifest says).", defaultValue = "Cancun")
    String fork;

    @Option(names = "--dir", description = "Folder holding manifest.json (default: $KONA4J_SHARED/bench, else ../shared/bench).")
    Path dir;

    @Parameters(arity = "0..*", description = "Workloads to run (default: all, in manifest order).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
        Path folder = dir != null ? dir : Path.of(System.getenv().getOrDefault("KONA4J_SHARED", "../shared"), "bench");
        Path manifestFile = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) throw new IllegalArgumentException("no manifest.json in " + folder);
        JsonNode m = new ObjectMapper().readTree(manifestFile.toFile());
        SpecId spec = SpecId.parse(fork);
        JsonNode workloads = m.get("workloads");
        List<String> selected = new ArrayList<>(names);
        if (selected.isEmpty()) workloads.fieldNames().forEachRemaining(selected::add);
        for (String n : selected) {
            if (!workloads.has(n)) throw new IllegalArgumentException("no workload '" + n + "' in " + manifestFile);
        }
        int[] bad = new int[1];
        Thread t = Evm.newThread(() -> {
            for (String n : selected) {
                try {
                    if (!runWorkload(folder, m, n, workloads.get(n), spec)) bad[0]++;
                } catch (IOException | RuntimeException e) {
                    System.out.printf("%-14s FAILED: %s%n", n, e.getMessage());
                    bad[0]++;
                }
            }
        });
        t.start();
        t.join();
        System.out.println(selected.size() + " workloads, " + (selected.size() - bad[0]) + " as expected");
        return bad[0] == 0 ? 0 : 1;
    }

    private boolean runWorkload(Path folder, JsonNode m, String name, JsonNode w, SpecId spec) throws IOException {
        Address sender = Address.fromHex(m.at("/sender/address").asText());
        Address target = Address.fromHex(m.get("target").asText());
        InMemoryState pre = new InMemoryState();
        pre.put(sender, 0, quantity(m.at("/sender/balance").asText()), new byte[0], Map.of());
        pre.put(target, 1, UInt256.ZERO, code(folder, w.get("code").asText()), Map.of());
        JsonNode accounts = w.get("accounts");
        if (accounts != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = accounts.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> a = it.next();
                pre.put(Address.fromHex(a.getKey()), 1, UInt256.ZERO, code(folder, a.getValue().asText()), Map.of());
            }
        }
        JsonNode b = m.get("block");
        BlockEnv env = new BlockEnv(b.get("number").asLong(), b.get("timestamp").asLong(),
                Address.fromHex(b.get("coinbase").asText()), b.get("gasLimit").asLong(),
                UInt256.valueOf(b.get("baseFeePerGas").asLong()),
                Hash.leftPad(quantity(b.get("prevRandao").asText()).toMinimalBytes()), UInt256.ONE, BlockHashLookup.NONE);
        Message msg = Message.call(sender, target, UInt256.ZERO, new byte[0], m.get("gasLimit").asLong())
                .withGasPrice(UInt256.valueOf(m.at("/tx/gasPrice").asLong()));

        Evm evm = new Evm(spec, m.at("/tx/chainId").asLong());
        JournaledState state = new JournaledState(pre);
        ExecutionResult r = evm.transact(msg, env, state, OperationTracer.NO_TRACING);
        UInt256 slot0 = state.storage(target, UInt256.ZERO);
        long expectGas = w.at("/expect/gasUsed").asLong();
        UInt256 expectSlot0 = quantity(w.at("/expect/slot0").asText());
        boolean ok = r.isSuccess() && r.gasUsed() == expectGas && slot0.equals(expectSlot0);
        if (!ok) {
            System.out.printf("%-14s NOT AS EXPECTED: %s, gas used %d (expected %d), slot0 %s (expected %s)%n", name,
                    r.status(), r.gasUsed(), expectGas, slot0.toHash(), expectSlot0.toHash());
            return false;
        }
        EvmTiming.Result t = EvmTiming.measure(evm, msg, env, pre, r, target, slot0, runs);
        System.out.printf("%-14s gas %,11d and slot0 as expected   median %9.3f ms %8.1f Mgas/s   cpu %9.3f ms %8.1f Mgas/s%n",
                name, r.gasUsed(), t.medianNanos() / 1e6, t.mgasPerSecond(r.gasUsed()), t.medianCpuNanos() / 1e6,
                t.cpuMgasPerSecond(r.gasUsed()));
        return true;
    }

    private static byte[] code(Path folder, String file) throws IOException {
        return Hex.decode(Files.readString(folder.resolve(file)).strip());
    }

    private static UInt256 quantity(String hex) {
        String h = hex.startsWith("0x") ? hex.substring(2) : hex;
        return h.isEmpty() ? UInt256.ZERO : UInt256.fromBytes(Hex.decodeLenient(h.length() % 2 == 1 ? "0" + h : h));
    }
}
