package io.kona4j.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress lines: the counters as text and as JSON objects, periodic lines and a final one. */
@Timeout(30)
class HostProgressTest {
    @Test
    void jsonLinesCarryTheCounters() throws Exception {
        HostStats s = new HostStats();
        s.hintReceived();
        s.preimageServed(1000);
        s.preimageServed(48);
        s.fetched(true);
        s.fetched(false);
        s.preimageStored(80);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (HostProgress p = new HostProgress(s, () -> 3, out, true, Duration.ofMillis(20))) {
            long end = System.nanoTime() + 5_000_000_000L;
            while (buf.toString(StandardCharsets.UTF_8).isEmpty() && System.nanoTime() < end) Thread.sleep(10);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("event").asText()).isEqualTo("progress");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(last.get("event").asText()).isEqualTo("done");
        assertThat(last.get("served").asLong()).isEqualTo(2);
        assertThat(last.get("servedBytes").asLong()).isEqualTo(1048);
        assertThat(last.get("hints").asLong()).isEqualTo(1);
        assertThat(last.get("fetches").asLong()).isEqualTo(2);
        assertThat(last.get("fetchFailures").asLong()).isEqualTo(1);
        assertThat(last.get("stored").asLong()).isEqualTo(1);
        assertThat(last.get("blocks").asLong()).isEqualTo(3);
    }

    @Test
    void textLine() {
        HostStats s = new HostStats();
        s.preimageServed(2 * 1048576);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        HostProgress p = new HostProgress(s, null, new PrintStream(buf, true, StandardCharsets.UTF_8), false,
                Duration.ofHours(1));
        assertThat(p.line("progress")).contains("served 1 preimages (2.00 MiB").doesNotContain("blocks");
        p.close();
        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("host done");
    }
}
