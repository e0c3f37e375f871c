package io.kona4j.conformance.trie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.mpt.InMemoryTrieProvider;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieProof;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * ethereum-tests/TrieTests. {@code trietest*}: ordered inserts (null deletes); {@code trieanyorder*}: a map;
 * {@code *secure*}: keys hashed with keccak256; keys and values are ASCII unless {@code 0x}-prefixed. Each case must
 * give the expected root; the final trie is then re-opened from its nodes through a provider and every key's proof
 * verified against the root. {@code trietestnextprev}: the key before and after a probe, read from the trie's ordered
 * iteration.
 */
public final class TrieTestsSuite implements Suite {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "trie";
    }

    @Override
    public String description() {
        return "ethereum-tests/TrieTests: Merkle Patricia Trie roots (ordered, any order, secure, hex), next/prev";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/TrieTests"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) runFile(f, report);
        }
    }

    private void runFile(Path file, SuiteReport report) throws Exception {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        boolean secure = stem.toLowerCase().contains("securetrie");
        JsonNode root = JSON.readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = stem + "/" + e.getKey();
            try {
                String failure = stem.contains("nextprev") ? runNextPrev(e.getValue()) : runRoot(e.getValue(), secure);
                if (failure == null) report.pass(name);
                else report.fail(name, failure);
            } catch (RuntimeException ex) {
                report.fail(name, ex.toString());
            }
        }
    }

    private static String runRoot(JsonNode c, boolean secure) {
        List<byte[][]> ops = new ArrayList<>();
        JsonNode in = c.get("in");
        if (in.isArray()) {
            for (JsonNode kv : in) ops.add(new byte[][] {bytes(kv.get(0)), bytes(kv.get(1))});
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kv = it.next();
                ops.add(new byte[][] {text(kv.getKey()), bytes(kv.getValue())});
            }
        }
        Trie trie = Trie.empty();
        Map<String, byte[]> expected = new LinkedHashMap<>();
        for (byte[][] op : ops) {
            byte[] key = secure ? Keccak256.digest(op[0]) : op[0];
            trie.put(key, op[1]);
            if (op[1] == null || op[1].length == 0) expected.remove(Hex.encode(key));
            else expected.put(Hex.encode(key), op[1]);
        }
        Hash want = Hash.fromHex(c.get("root").asText());
        Hash got = trie.rootHash();
        if (!got.equals(want)) return "root " + got + ", expected " + want;

        InMemoryTrieProvider nodes = new InMemoryTrieProvider();
        trie.collectNodes(nodes::put);
        Trie reopened = Trie.open(want, nodes);
        for (Map.Entry<String, byte[]> kv : expected.entrySet()) {
            byte[] key = Hex.decode(kv.getKey());
            if (!Arrays.equals(reopened.get(key), kv.getValue())) return "re-opened trie lost key " + kv.getKey();
            byte[] proven = TrieProof.verify(want, key, trie.proof(key));
            if (!Arrays.equals(proven, kv.getValue())) return "proof of key " + kv.getKey() + " does not verify";
        }
        return null;
    }

    private static String runNextPrev(JsonNode c) {
        Trie trie = Trie.empty();
        for (JsonNode k : c.get("in")) trie.put(text(k.asText()), text(k.asText()));
        List<byte[]> keys = new ArrayList<>();
        trie.forEach((k, v) -> keys.add(k));
        for (JsonNode t : c.get("tests")) {
            byte[] probe = text(t.get(0).asText());
            String prev = "";
            String next = "";
            for (byte[] k : keys) {
                int cmp = Arrays.compareUnsigned(k, probe);
                if (cmp < 0) prev = new String(k, StandardCharsets.UTF_8);
                if (cmp > 0 && next.isEmpty()) next = new String(k, StandardCharsets.UTF_8);
            }
            if (!prev.equals(t.get(1).asText()) || !next.equals(t.get(2).asText())) {
                return "around '" + t.get(0).asText() + "': prev '" + prev + "' next '" + next + "', expected " + t;
            }
        }
        return null;
    }

    private static byte[] bytes(JsonNode v) {
        return v == null || v.isNull() ? null : text(v.asText());
    }

    /** ASCII unless {@code 0x}-prefixed hex. */
    private static byte[] text(String s) {
        return s.startsWith("0x") ? Hex.decode(s) : s.getBytes(StandardCharsets.UTF_8);
    }
}
