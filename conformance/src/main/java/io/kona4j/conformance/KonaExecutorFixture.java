package io.kona4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.consensus.json.OpPayloadAttributesJson;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extracted kona-executor fixture ({@code kona-executor/extracted/block-N/}): the block's parent header, the
 * payload attributes that build block N on it, the expected block hash, the OP Sepolia rollup config (left as JSON:
 * the protocol module reads it), and the witness as {@code kv.hex.txt} ({@code <keccak key> <preimage>} per line).
 */
public record KonaExecutorFixture(Path dir, long blockNumber, JsonNode rollupConfig, Header parentHeader,
                                  OpPayloadAttributes payload, Hash expectedBlockHash) {
    private static final Pattern NAME = Pattern.compile("block-(\\d+)");

    /** Reads {@code dir/fixture.json}; the folder's name gives the block number. */
    public static KonaExecutorFixture load(Path dir) throws IOException {
        Matcher m = NAME.matcher(dir.getFileName().toString());
        if (!m.matches()) throw new IOException("a kona-executor fixture folder is named block-<number>, not " + dir);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("fixture.json").toFile());
        for (String field : new String[] {"rollup_config", "parent_header", "executing_payload", "expected_block_hash"}) {
            if (!root.hasNonNull(field)) throw new IOException(dir.resolve("fixture.json") + " lacks '" + field + "'");
        }
        return new KonaExecutorFixture(dir, Long.parseLong(m.group(1)), root.get("rollup_config"),
                HeaderJson.fromTree(root.get("parent_header")),
                OpPayloadAttributesJson.fromTree(root.get("executing_payload")),
                Hash.fromHex(root.get("expected_block_hash").asText()));
    }

    /** True if {@code dir} looks like a fixture folder. */
    public static boolean isFixture(Path dir) {
        return NAME.matcher(dir.getFileName().toString()).matches() && Files.isRegularFile(dir.resolve("fixture.json"));
    }

    /**
     * The witness key-value store from {@code kv.hex.txt}, keys as given (they are not checked here: a consumer that
     * trusts a value must hash it).
     */
    public Map<Hash, byte[]> keyValues() throws IOException {
        Map<Hash, byte[]> kv = new HashMap<>();
        Path file = dir.resolve("kv.hex.txt");
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                int sp = line.indexOf(' ');
                if (sp < 0) throw new IOException(file + ":" + n + ": expected '<key hex> <value hex>'");
                kv.put(Hash.fromHex(line.substring(0, sp)), Hex.decode(line.substring(sp + 1).strip()));
            }
        }
        return kv;
    }
}
