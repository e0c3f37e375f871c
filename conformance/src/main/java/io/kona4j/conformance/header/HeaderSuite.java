package io.kona4j.conformance.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.KonaExecutorFixture;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Headers of real OP Sepolia blocks. For each fixture whose successor is present, the successor's
 * {@code parent_header} must RLP-encode and hash to this fixture's {@code expected_block_hash}; each header in
 * {@code expected_headers_from_next_fixture.json} and each fixture's {@code parent_header} must round-trip
 * JSON → Header → JSON (every field equal) and Header → RLP → Header, and an expected header must hash to its
 * fixture's expected block hash. The payload's transactions, in an ordered-list trie, must give the header's
 * {@code transactionsRoot}.
 */
public final class HeaderSuite implements Suite {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "header";
    }

    @Override
    public String description() {
        return "OP Sepolia headers (kona-executor fixtures): RPC JSON -> RLP -> block hash, and JSON/RLP round trips";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("kona-executor/extracted"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        for (Path root : paths) {
            if (!Files.isDirectory(root)) throw new IOException("not a folder of extracted fixtures: " + root);
            TreeMap<Long, KonaExecutorFixture> fixtures = new TreeMap<>();
            try (Stream<Path> s = Files.list(root)) {
                for (Path dir : s.filter(Files::isDirectory).filter(KonaExecutorFixture::isFixture).toList()) {
                    KonaExecutorFixture f = KonaExecutorFixture.load(dir);
                    fixtures.put(f.blockNumber(), f);
                }
            }
            for (KonaExecutorFixture f : fixtures.values()) {
                roundTrip(report, "parent-header-of-" + f.blockNumber(),
                        MAPPER.readTree(f.dir().resolve("fixture.json").toFile()).get("parent_header"));
                KonaExecutorFixture next = fixtures.get(f.blockNumber() + 1);
                if (next == null) continue;
                String name = "hash-of-block-" + f.blockNumber();
                Header h = next.parentHeader();
                if (h.number() != f.blockNumber()) {
                    report.fail(name, "next fixture's parent header is block " + h.number());
                    continue;
                } else if (!h.hash().equals(f.expectedBlockHash())) {
                    report.fail(name, "RLP hashes to " + h.hash() + ", expected " + f.expectedBlockHash());
                } else {
                    report.pass(name);
                }
                // The block's transactions are its payload's: their ordered-list trie is the header's root.
                String txRoot = "transactions-root-of-block-" + f.blockNumber();
                Hash txTrieRoot = OrderedListTrie.root(f.payload().transactions());
                if (txTrieRoot.equals(h.transactionsRoot())) report.pass(txRoot);
                else report.fail(txRoot, "payload transactions give root " + txTrieRoot + ", header has " + h.transactionsRoot());
            }
            Path expected = root.resolve("expected_headers_from_next_fixture.json");
            if (!Files.isRegularFile(expected)) continue;
            JsonNode all = MAPPER.readTree(expected.toFile());
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            all.fields().forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                String name = "expected-header-" + e.getKey();
                Header h = roundTrip(report, name, e.getValue());
                if (h == null) continue;
                KonaExecutorFixture f = fixtures.get(h.number());
                String hashCase = name + "-hash";
                if (f == null) continue;
                if (h.hash().equals(f.expectedBlockHash())) report.pass(hashCase);
                else report.fail(hashCase, "hashes to " + h.hash() + ", fixture expects " + f.expectedBlockHash());
            }
        }
    }

    /** Checks JSON → Header → JSON and Header → RLP → Header; returns the header, or null after a failure. */
    private static Header roundTrip(SuiteReport report, String name, JsonNode json) {
        try {
            Header h = HeaderJson.fromTree(json);
            JsonNode back = MAPPER.readTree(HeaderJson.toJson(h));
            for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!json.get(field).equals(back.get(field))) {
                    report.fail(name, "field " + field + " came back as " + back.get(field) + ", was " + json.get(field));
                    return null;
                }
            }
            for (Iterator<String> it = back.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("hash") && !json.has(field)) {
                    report.fail(name, "JSON written with a field the input lacks: " + field);
                    return null;
                }
            }
            Header decoded = Header.decode(h.encode());
            if (!decoded.equals(h) || !HeaderJson.toJson(decoded).equals(HeaderJson.toJson(h))) {
                report.fail(name, "RLP round trip changed the header");
                return null;
            }
            report.pass(name);
            return h;
        } catch (ConsensusException | PrimitivesException | IOException e) {
            report.fail(name, "rejected: " + e.getMessage());
            return null;
        }
    }
}
