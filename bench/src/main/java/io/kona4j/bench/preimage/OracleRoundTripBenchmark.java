package io.kona4j.bench.preimage;

import io.kona4j.preimage.BidirectionalChannel;
import io.kona4j.preimage.Channel;
import io.kona4j.preimage.HintRouter;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.KeyNotFoundException;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageServer;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.proof.CachingOracle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One preimage request from client to host and back (key out, u64 length and data in, keccak check on arrival) for
 * a trie-node-sized preimage, over an in-memory pipe and over real OS pipes ({@code pipe(2)}, the syscall path of
 * the FPVM fds); a hint round trip; and a caching-oracle hit. Run with
 * {@code java -jar bench/target/benchmarks.jar OracleRoundTripBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class OracleRoundTripBenchmark {
    static final int KEYS = 1024;

    @Param({"memory", "os-pipe"})
    public String transport;

    @Param({"532"})
    public int preimageSize;

    private PreimageKey[] keys;
    private Channel[] clientEnds;
    private Thread server;
    private OracleReader oracle;
    private HintWriter hints;
    private CachingOracle cache;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        Map<PreimageKey, byte[]> store = new HashMap<>();
        keys = new PreimageKey[KEYS];
        for (int i = 0; i < KEYS; i++) {
            byte[] v = new byte[preimageSize];
            rnd.nextBytes(v);
            keys[i] = PreimageKey.keccak256Of(v);
            store.put(keys[i], v);
        }
        Channel[] preimage = pair("preimages");
        Channel[] hint = pair("hints");
        clientEnds = new Channel[] {preimage[0], hint[0]};
        server = Thread.ofPlatform().daemon().start(() -> new PreimageServer(preimage[1], hint[1], k -> {
            byte[] v = store.get(k);
            if (v == null) throw new KeyNotFoundException(k);
            return v;
        }, HintRouter.IGNORE).run());
        oracle = new OracleReader(preimage[0]);
        hints = new HintWriter(hint[0]);
        cache = new CachingOracle(KEYS * 2, oracle, hints);
        for (PreimageKey k : keys) cache.get(k);
    }

    /** {client end, host end}. */
    private Channel[] pair(String name) throws IOException {
        if (transport.equals("memory")) {
            BidirectionalChannel b = BidirectionalChannel.create(name);
            return new Channel[] {b.client(), b.host()};
        }
        Pipe toHost = Pipe.open();
        Pipe toClient = Pipe.open();
        return new Channel[] {
                StreamChannel.of(name + " client", Channels.newInputStream(toClient.source()), Channels.newOutputStream(toHost.sink())),
                StreamChannel.of(name + " host", Channels.newInputStream(toHost.source()), Channels.newOutputStream(toClient.sink()))};
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        for (Channel c : clientEnds) c.close();
        server.join(5_000);
    }

    @Benchmark
    public byte[] preimageRoundTrip() {
        next = (next + 1) & (KEYS - 1);
        return oracle.get(keys[next]);
    }

    @Benchmark
    public void hintRoundTrip() {
        hints.write("l2-state-node 0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
    }

    @Benchmark
    public byte[] cachingOracleHit() {
        next = (next + 1) & (KEYS - 1);
        return cache.get(keys[next]);
    }
}
