package io.kona4j.protocol.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kona/op-node batch vectors in ../shared/testdata/op-vectors, read in place. */
class OpVectorsTest {
    private static final Path DIR = Path.of(System.getProperty("kona4j.shared", "../../shared"),
            "testdata/op-vectors/kona-crates/protocol");

    @Test
    void rawSpanBatchRoundTripsAndDerives() throws Exception {
        byte[] raw = Files.readAllBytes(DIR.resolve("protocol/src/batch/testdata/raw_batch.hex"));
        RawSpanBatch b = RawSpanBatch.decode(raw);
        assertThat(b.encodeBody()).isEqualTo(raw);
        SpanBatch span = SpanBatch.derive(b, 2, 0, 981);
        int txs = 0;
        for (SpanBatchElement e : span.elements()) {
            for (byte[] tx : e.transactions()) {
                Transaction t = Transaction.decode(tx);
                assertThat(t.encode()).isEqualTo(tx);
                txs++;
            }
        }
        assertThat(txs).isEqualTo(b.transactions().count());
        RawSpanBatch again = span.toRaw();
        assertThat(again.encodeBody()).isEqualTo(raw);
    }

    @Test
    void zlibChannelDecodes() throws Exception {
        byte[] channel = Hex.decode(Files.readString(DIR.resolve("derive/testdata/batch.hex")).strip());
        List<Batch> batches = new ArrayList<>();
        try (BatchReader r = BatchReader.open(channel, 10_000_000, false)) {
            for (Batch b; (b = r.nextBatch()) != null; ) batches.add(b);
        }
        assertThat(batches).hasSize(1);
        RawSpanBatch raw = (RawSpanBatch) batches.get(0);
        SpanBatch span = SpanBatch.derive(raw, 2, 0, 10);
        assertThat(span.blockCount()).isEqualTo(raw.blockCount());
    }
}
