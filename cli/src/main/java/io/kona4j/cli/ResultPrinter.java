package io.kona4j.cli;

import io.kona4j.primitives.Hash;
import io.kona4j.proof.client.ClientResult;

import java.io.PrintStream;

/** Prints a client verdict the way {@code kona4j client} does: one line, or one JSON object with {@code --json}. */
final class ResultPrinter {
    private ResultPrinter() {}

    static void print(PrintStream out, ClientResult r, boolean json) {
        if (json) {
            out.printf("{\"verdict\":\"%s\",\"exitCode\":%d,\"claimedBlock\":%d,\"safeHead\":%d,"
                            + "\"computedOutputRoot\":%s,\"claimedOutputRoot\":%s,\"detail\":%s}%n",
                    r.verdict(), r.exitCode(), r.claimedBlock(), r.safeHead(), quote(r.computedOutputRoot()),
                    quote(r.claimedOutputRoot()), string(r.detail()));
        } else {
            out.println(r);
        }
    }

    static String quote(Hash h) {
        return h == null ? "null" : "\"" + h + "\"";
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
