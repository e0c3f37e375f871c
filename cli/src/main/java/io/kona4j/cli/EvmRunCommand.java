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
import io.kona4j.evm.tracing.StandardJsonTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kona4j evm run}: executes bytecode as the code of {@link #TARGET}, called by {@link #SENDER} in one
 * transaction (intrinsic gas included, like geth's {@code evm run}), and prints gas used, output and storage slot
 * 0 of the target. With {@code --bench R} it repeats the run R times on a fresh state after warm-up and prints
 * the median time and Mgas/s. The block is that of {@code ../shared/bench/manifest.json} (number 1, timestamp
 * 1000, base fee 7, gas price 10).
 */
@Command(name = "run", description = "Execute bytecode as a call and print gas used, output, slot 0 (and with --bench: median time, Mgas/s).")
public final class EvmRunCommand implements Callable<Integer> {
    static final Address TARGET = Address.fromHex("0x00000000000000000000000000000000c0de0001");
    static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");

    static final class CodeSource {
        @Option(names = "--code", description = "Runtime code in hex.", required = true)
        String hex;

        @Option(names = "--codefile", description = "File holding the runtime code in hex.", required = true)
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    CodeSource code;

    @Option(names = "--input", description = "Call data in hex.", defaultValue = "")
    String input;

    @Option(names = "--gas", description = "Gas limit of the transaction (default ${DEFAULT-VALUE}).", defaultValue = "30000000")
    long gas;

    @Option(names = "--fork", description = "Spec (e.g. Cancun, Prague, Isthmus; default ${DEFAULT-VALUE}).", defaultValue = "Cancun")
    String fork;

    @Option(names = "--prestate", description = "JSON of extra accounts: {address: {balance, nonce, code, storage}} (state-test 'pre' form).")
    Path prestate;

    @Option(names = "--bench", description = "Timed runs after warm-up; prints the median time and Mgas/s.", defaultValue = "0")
    int bench;

    @Option(names = "--trace", description = "Write an EIP-3155 trace to stderr.")
    boolean trace;

    @Override
    public Integer call() throws Exception {
        byte[] runtime = Hex.decode((code.hex != null ? code.hex : Files.readString(code.file)).strip());
        byte[] data = Hex.decode(input.strip());
        SpecId spec = SpecId.parse(fork);
        InMemoryState pre = new InMemoryState();
        pre.put(SENDER, 0, UInt256.fromBigInteger(java.math.BigInteger.ONE.shiftLeft(128).subtract(java.math.BigInteger.ONE)),
                new byte[0], Map.of());
        if (prestate != null) loadPrestate(pre, new ObjectMapper().readTree(prestate.toFile()));
        pre.put(TARGET, 1, UInt256.ZERO, runtime, Map.of());
        BlockEnv env = new BlockEnv(1, 1000, Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"), 30_000_000L,
                UInt256.valueOf(7), Hash.leftPad(new byte[] {2, 0, 0}), UInt256.ONE, BlockHashLookup.NONE);
        Message msg = Message.call(SENDER, TARGET, UInt256.ZERO, data, gas).withGasPrice(UInt256.valueOf(10));

        Object[] out = new Object[1];
        Thread t = Evm.newThread(() -> {
            try {
                out[0] = run(spec, pre, env, msg);
            } catch (RuntimeException e) {
                out[0] = e;
            }
        });
        t.start();
        t.join();
        if (out[0] instanceof RuntimeException e) throw e;
        return (Integer) out[0];
    }

    private int run(SpecId spec, InMemoryState pre, BlockEnv env, Message msg) {
        Evm evm = new Evm(spec, 1);
        OperationTracer tracer = trace ? new StandardJsonTracer(System.err) : OperationTracer.NO_TRACING;
        JournaledState state = new JournaledState(pre);
        ExecutionResult r = evm.transact(msg, env, state, tracer);
        state.finalizeTransaction(true);
        UInt256 slot0 = state.storage(TARGET, UInt256.ZERO);
        System.out.println("status:   " + r.status() + (r.haltReason() == null ? "" : " (" + r.haltReason() + ")"));
        System.out.println("gas used: " + r.gasUsed());
        System.out.println("output:   " + Hex.encode(r.output()));
        System.out.println("slot0:    " + slot0.toHash());
        if (bench > 0) {
            EvmTiming.Result t = EvmTiming.measure(evm, msg, env, pre, r, TARGET, slot0, bench);
            System.out.printf("median:   %.3f ms over %d runs (after %d warm-up)%n", t.medianNanos() / 1e6, t.runs(),
                    t.warmup());
            System.out.printf("Mgas/s:   %.1f%n", t.mgasPerSecond(r.gasUsed()));
            System.out.printf("cpu:      %.3f ms median thread CPU time, %.1f Mgas/s%n", t.medianCpuNanos() / 1e6,
                    t.cpuMgasPerSecond(r.gasUsed()));
        }
        return r.isSuccess() ? 0 : 1;
    }

    static void loadPrestate(InMemoryState pre, JsonNode root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            Map<UInt256, UInt256> storage = new HashMap<>();
            JsonNode st = a.get("storage");
            if (st != null) {
                for (Iterator<Map.Entry<String, JsonNode>> si = st.fields(); si.hasNext(); ) {
                    Map.Entry<String, JsonNode> slot = si.next();
                    storage.put(quantity(slot.getKey()), quantity(slot.getValue().asText()));
                }
            }
            pre.put(Address.fromHex(e.getKey()), a.has("nonce") ? quantity(a.get("nonce").asText()).longValue() : 0,
                    a.has("balance") ? quantity(a.get("balance").asText()) : UInt256.ZERO,
                    a.has("code") ? Hex.decode(a.get("code").asText().strip()) : new byte[0], storage);
        }
    }

    private static UInt256 quantity(String s) {
        String h = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        if (h.isEmpty()) return UInt256.ZERO;
        if (!s.startsWith("0x") && !s.startsWith("0X")) return UInt256.parse(s);
        return UInt256.fromBytes(Hex.decodeLenient(h.length() % 2 == 1 ? "0" + h : h));
    }
}
