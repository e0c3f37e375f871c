package io.kona4j.bench.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RLP decoding of a full real block: OP Sepolia block 26,207,962 (48 transactions: the L1-info deposit, legacy and
 * EIP-1559), assembled from the kona-executor fixtures (its header is the next fixture's parent, its transactions
 * its own payload) and checked against the published block hash. Reads {@code ../shared} (override with
 * {@code -Dkona4j.shared=...}). Run with {@code java -jar bench/target/benchmarks.jar BlockDecodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BlockDecodeBenchmark {
    private byte[] rlp;

    @Setup
    public void setUp() throws IOException {
        Path extracted = Path.of(System.getProperty("kona4j.shared", "../shared"), "testdata/kona-executor/extracted");
        ObjectMapper m = new ObjectMapper();
        JsonNode own = m.readTree(extracted.resolve("block-26207962/fixture.json").toFile());
        JsonNode next = m.readTree(extracted.resolve("block-26207963/fixture.json").toFile());
        Header header = HeaderJson.fromTree(next.get("parent_header"));
        if (!header.hash().equals(Hash.fromHex(own.get("expected_block_hash").asText()))) {
            throw new IllegalStateException("block 26207962's header does not hash as published");
        }
        List<Transaction> txs = new ArrayList<>();
        for (JsonNode t : own.get("executing_payload").get("transactions")) txs.add(Transaction.decode(Hex.decode(t.asText())));
        rlp = new Block(header, txs, List.of(), List.of()).encode();
    }

    @Benchmark
    public Block decodeFullBlock() {
        return Block.decode(rlp);
    }
}
