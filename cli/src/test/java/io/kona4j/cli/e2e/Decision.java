package io.kona4j.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What one back end decided about one claim: the verdict, the process exit code, the L2 block the client derived up
 * to and the output root it computed there. Two back ends agree when all four are equal.
 */
record Decision(Verdict verdict, int exitCode, long safeHead, Hash computedOutputRoot) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Decision of(ClientResult r) {
        return new Decision(r.verdict(), r.exitCode(), r.safeHead(), r.computedOutputRoot());
    }

    /**
     * The decision in the last {@code {"verdict":…}} line of a command's stderr ({@code --json}), with the exit
     * code the command returned.
     */
    static Decision ofJson(String stderr, int exitCode) {
        String line = null;
        for (String l : stderr.split("\n")) if (l.startsWith("{\"verdict\"")) line = l;
        if (line == null) throw new AssertionError("no JSON verdict in the output:\n" + stderr);
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode root = n.get("computedOutputRoot");
            return new Decision(Verdict.valueOf(n.get("verdict").asText()), exitCode, n.get("safeHead").asLong(),
                    root == null || root.isNull() ? null : Hash.fromHex(root.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
