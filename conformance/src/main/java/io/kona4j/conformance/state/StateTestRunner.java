package io.kona4j.conformance.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.FixtureSkips;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.BlockHashLookup;
import io.kona4j.evm.Evm;
import io.kona4j.evm.EvmException;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.TransactionRejectedException;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.evm.tracing.StandardJsonTracer;
import io.kona4j.evm.transaction.BlobGas;
import io.kona4j.evm.transaction.L1TransactionProcessor;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs state-test fixtures (ethereum/tests GeneralStateTests, EEST state_tests): for each {@code post[fork]}
 * entry, decode {@code txbytes}, process the transaction with {@link L1TransactionProcessor} on a fresh
 * {@link JournaledState} over the {@code pre} state, and compare the post-state root ({@code hash}) and
 * keccak(rlp(logs)) ({@code logs}); an {@code expectException} entry must be rejected. Shared by the
 * {@code state} and {@code prague} suites and the {@code kona4j statetest} command.
 */
public final class StateTestRunner {
    private static final long CHAIN_ID = 1;

    private final Set<SpecId> forks;
    private final Pattern filter;
    private final PrintStream trace;
    private final FixtureSkips skips;

    /**
     * @param forks the forks to run (post keys with other names are ignored)
     * @param filter a regular expression the case name must contain a match of, or null for all
     * @param trace where EIP-3155 traces go, or null for none
     */
    public StateTestRunner(Set<SpecId> forks, Pattern filter, PrintStream trace) {
        this(forks, filter, trace, FixtureSkips.none());
    }

    /** A runner that reports the cases listed in {@code skips} as {@link FixtureSkips#record} says. */
    public StateTestRunner(Set<SpecId> forks, Pattern filter, PrintStream trace, FixtureSkips skips) {
        this.forks = forks;
        this.filter = filter;
        this.trace = trace;
        this.skips = skips;
    }

    /**
     * Runs every {@code .json} file under {@code paths} on deep-stack worker threads (one per core, at most two;
     * one when tracing so the trace stays in order), each with its own EVMs.
     */
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        List<Path> files = jsonFiles(paths);
        int workers = trace != null ? 1 : Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        Throwable[] error = new Throwable[1];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = Evm.newThread(() -> {
                Worker worker = new Worker();
                try {
                    for (int i; (i = next.getAndIncrement()) < files.size(); ) worker.runFile(files.get(i), report);
                } catch (Throwable e) {
                    synchronized (error) {
                        error[0] = e;
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        if (error[0] instanceof Exception e) throw e;
        if (error[0] instanceof Error e) throw e;
    }

    public static List<Path> jsonFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** One thread's share of the files, with its own JSON reader and EVMs. */
    private final class Worker {
        private final ObjectMapper json = new ObjectMapper();
        private final Map<SpecId, L1TransactionProcessor> processors = new EnumMap<>(SpecId.class);

        void runFile(Path file, SuiteReport report) throws IOException {
            JsonNode root = json.readTree(file.toFile());
            String fileName = (file.getParent() == null ? "" : file.getParent().getFileName() + "/") + file.getFileName();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> test = it.next();
                JsonNode t = test.getValue();
                JsonNode post = t.get("post");
                if (post == null) continue;
                InMemoryState pre = null;
                BlockEnvParts envParts = null;
                for (Iterator<Map.Entry<String, JsonNode>> fit = post.fields(); fit.hasNext(); ) {
                    Map.Entry<String, JsonNode> forkEntry = fit.next();
                    SpecId spec = SpecId.forTestName(forkEntry.getKey());
                    if (spec == null || !forks.contains(spec)) continue;
                    JsonNode cases = forkEntry.getValue();
                    for (int i = 0; i < cases.size(); i++) {
                        JsonNode c = cases.get(i);
                        JsonNode idx = c.get("indexes");
                        String name = fileName + "/" + test.getKey() + "/" + forkEntry.getKey() + "/d" + idx.get("data").asInt()
                                + "g" + idx.get("gas").asInt() + "v" + idx.get("value").asInt();
                        if (filter != null && !filter.matcher(name).find()) continue;
                        try {
                            if (pre == null) {
                                pre = parsePre(t.get("pre"));
                                envParts = new BlockEnvParts(t.get("env"));
                            }
                            skips.record(report, name, runCase(spec, pre, envParts, t.get("transaction"), c));
                        } catch (RuntimeException | StackOverflowError e) {
                            report.fail(name, "unexpected " + e);
                        }
                    }
                }
            }
        }

        String runCase(SpecId spec, InMemoryState pre, BlockEnvParts envParts, JsonNode txJson, JsonNode c) {
            L1TransactionProcessor processor = processors.computeIfAbsent(spec,
                    s -> new L1TransactionProcessor(new Evm(s, CHAIN_ID)));
            BlockEnv env = envParts.env(spec);
            String expectException = c.has("expectException") ? c.get("expectException").asText() : null;
            SignedTransaction signed;
            try {
                if (c.has("txbytes")) {
                    if (!(Transaction.decode(Hex.decode(c.get("txbytes").asText())) instanceof SignedTransaction st)) {
                        return "not a signed transaction";
                    }
                    signed = st;
                } else {
                    signed = FixtureTransaction.build(txJson, c.get("indexes"));
                }
            } catch (ConsensusException | PrimitivesException e) {
                return expectException != null ? null : "transaction does not decode: " + e.getMessage();
            }
            JournaledState state = new JournaledState(pre);
            OperationTracer tracer = trace == null ? OperationTracer.NO_TRACING : new StandardJsonTracer(trace);
            ExecutionResult result;
            try {
                result = processor.process(signed, env, state, tracer);
            } catch (TransactionRejectedException e) {
                if (expectException != null) return null;
                return "rejected: " + e.getMessage();
            }
            if (expectException != null) return "expected exception " + expectException + " but the transaction ran";
            InMemoryState post = pre.copy();
            post.apply(state.changes());
            Hash root = post.stateRoot();
            if (trace != null) {
                trace.println("{\"stateRoot\":\"" + root + "\",\"output\":\"" + Hex.encode(result.output())
                        + "\",\"gasUsed\":\"0x" + Long.toHexString(result.gasUsed()) + "\",\"pass\":"
                        + root.equals(Hash.fromHex(c.get("hash").asText())) + "}");
            }
            String expectedRoot = c.get("hash").asText();
            if (!root.equals(Hash.fromHex(expectedRoot))) {
                return "state root " + root + ", expected " + expectedRoot + " (" + result.status()
                        + (result.haltReason() == null ? "" : " " + result.haltReason()) + ", gas used " + result.gasUsed() + ")";
            }
            Hash logs = logsHash(result.logs());
            String expectedLogs = c.get("logs").asText();
            if (!logs.equals(Hash.fromHex(expectedLogs))) return "logs hash " + logs + ", expected " + expectedLogs;
            return null;
        }
    }

    static Hash logsHash(List<Log> logs) {
        RlpWriter w = new RlpWriter(256).startList();
        for (Log l : logs) {
            w.startList().writeAddress(l.address()).startList();
            for (Hash t : l.topics()) w.writeHash(t);
            w.endList().writeBytes(l.data()).endList();
        }
        return Keccak256.hash(w.endList().toByteArray());
    }

    public static InMemoryState parsePre(JsonNode pre) {
        InMemoryState s = new InMemoryState();
        for (Iterator<Map.Entry<String, JsonNode>> it = pre.fields(); it.hasNext(); ) {
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
            s.put(Address.fromHex(e.getKey()), quantity(a.get("nonce").asText()).longValue(),
                    quantity(a.get("balance").asText()), Hex.decode(a.get("code").asText()), storage);
        }
        return s;
    }

    public static UInt256 quantity(String hex) {
        String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (h.isEmpty()) return UInt256.ZERO;
        return UInt256.fromBytes(Hex.decodeLenient(h.length() % 2 == 1 ? "0" + h : h));
    }

    /** The parsed {@code env} of a test; the blob base fee depends on the fork. */
    static final class BlockEnvParts {
        final long number;
        final long timestamp;
        final Address coinbase;
        final long gasLimit;
        final UInt256 baseFee;
        final Hash prevRandao;
        final long excessBlobGas;

        BlockEnvParts(JsonNode env) {
            number = quantity(env.get("currentNumber").asText()).longValue();
            timestamp = quantity(env.get("currentTimestamp").asText()).longValue();
            coinbase = Address.fromHex(env.get("currentCoinbase").asText());
            UInt256 gl = quantity(env.get("currentGasLimit").asText());
            gasLimit = gl.fitsLong() ? gl.longValue() : Long.MAX_VALUE;
            baseFee = env.has("currentBaseFee") ? quantity(env.get("currentBaseFee").asText()) : UInt256.ZERO;
            prevRandao = env.has("currentRandom") ? Hash.leftPad(quantity(env.get("currentRandom").asText()).toMinimalBytes())
                    : Hash.ZERO;
            excessBlobGas = env.has("currentExcessBlobGas") ? quantity(env.get("currentExcessBlobGas").asText()).longValue() : 0;
        }

        BlockEnv env(SpecId spec) {
            return new BlockEnv(number, timestamp, coinbase, gasLimit, baseFee, prevRandao,
                    BlobGas.blobBaseFee(excessBlobGas, spec.ethereumFork()), STATE_TEST_BLOCK_HASHES);
        }
    }

    /** The state tests' block hashes: keccak256 of the block number in decimal ASCII (as geth's test runner). */
    static final BlockHashLookup STATE_TEST_BLOCK_HASHES =
            n -> Keccak256.hash(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
}
