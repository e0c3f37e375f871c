package io.kona4j.conformance.rlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.rlp.RlpItem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * ethereum/tests RLPTests: {@code {in, out}}. A value {@code in} must encode to {@code out} and {@code out} must decode
 * back to it; {@code in = "INVALID"} means {@code out} must be rejected; {@code in = "VALID"} means it must decode
 * and re-encode identically. Strings starting with {@code #} are big integers.
 */
public final class RlpSuite implements Suite {
    @Override
    public String name() {
        return "rlp";
    }

    @Override
    public String description() {
        return "ethereum/tests RLPTests: canonical RLP encode/decode and rejection of malformed input";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/RLPTests"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path file : jsonFiles(paths)) {
            JsonNode root = json.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = file.getFileName() + "/" + e.getKey();
                try {
                    String problem = check(e.getValue());
                    if (problem == null) report.pass(name);
                    else report.fail(name, problem);
                } catch (RuntimeException ex) {
                    report.fail(name, "unexpected " + ex);
                }
            }
        }
    }

    private static String check(JsonNode test) {
        JsonNode in = test.get("in");
        byte[] out = Hex.decode(test.get("out").asText());
        if (in.isTextual() && in.asText().equals("INVALID")) {
            try {
                RlpItem item = RlpItem.decode(out);
                return "accepted invalid RLP as " + item;
            } catch (PrimitivesException expected) {
                return null;
            }
        }
        if (in.isTextual() && in.asText().equals("VALID")) {
            byte[] again = RlpItem.decode(out).encode();
            return java.util.Arrays.equals(again, out) ? null : "re-encoded to " + Hex.encode(again);
        }
        RlpItem expected = toItem(in);
        byte[] encoded = expected.encode();
        if (!java.util.Arrays.equals(encoded, out)) return "encoded to " + Hex.encode(encoded);
        RlpItem decoded = RlpItem.decode(out);
        if (!decoded.equals(expected)) return "decoded to " + decoded + ", expected " + expected;
        return null;
    }

    private static RlpItem toItem(JsonNode in) {
        if (in.isArray()) {
            List<RlpItem> items = new ArrayList<>();
            for (JsonNode n : in) items.add(toItem(n));
            return new RlpItem.Lst(items);
        }
        if (in.isIntegralNumber()) return new RlpItem.Str(Bytes.trimLeadingZeros(in.bigIntegerValue().toByteArray()));
        String s = in.asText();
        if (s.startsWith("#")) return new RlpItem.Str(Bytes.trimLeadingZeros(new BigInteger(s.substring(1)).toByteArray()));
        return new RlpItem.Str(s.getBytes(StandardCharsets.UTF_8));
    }

    static List<Path> jsonFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IOException("no such file or folder: " + p);
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
