package io.kona4j.conformance.opvectors;

import io.kona4j.conformance.SuiteReport;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.sources.CalldataSource;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.BatchException;
import io.kona4j.protocol.batch.BatchReader;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.RawSpanBatch;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import io.kona4j.protocol.batch.SpanBatchElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch vectors of {@code op-vectors} (kona's test data, taken from op-node): {@code raw_batch.hex} (a raw span
 * batch, binary) must decode and re-encode byte for byte; {@code batch.hex} (a hex zlib channel) must decompress
 * and decode completely; {@code raw_batcher_tx.hex} (a binary EIP-2718 L1 transaction) must yield 119,823 bytes of
 * batcher data from batcher 0x6887…2985 to OP Mainnet's batch inbox.
 */
public final class BatchVectors {
    /** OP Mainnet's genesis batcher and batch inbox (PROTOCOL.md §1.3, §5). */
    static final Address BATCHER = Address.fromHex("0x6887246668a3b87F54DeB3b94Ba47a6f63F32985");
    static final Address BATCH_INBOX = Address.fromHex("0xFF00000000000000000000000000000000000010");
    static final int EXPECTED_CALLDATA = 119_823;
    /** Chain id the vectors' span batch was built with in kona's test ({@code recover_v(981)}). */
    static final long RAW_BATCH_CHAIN_ID = 981;
    static final long BEDROCK_MAX_RLP_BYTES = 10_000_000;

    private BatchVectors() {}

    public static void run(Path opVectorsDir, SuiteReport report) throws IOException {
        rawBatch(find(opVectorsDir, "raw_batch.hex"), report);
        channel(find(opVectorsDir, "batch.hex"), report);
        batcherTx(find(opVectorsDir, "raw_batcher_tx.hex"), report);
    }

    private static Path find(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> hits = s.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
            if (hits.isEmpty()) throw new IOException("no " + name + " under " + dir);
            return hits.get(0);
        }
    }

    private static void rawBatch(Path f, SuiteReport report) throws IOException {
        String name = "raw_batch.hex";
        byte[] raw = Files.readAllBytes(f);
        try {
            RawSpanBatch b = RawSpanBatch.decode(raw);
            byte[] again = b.encodeBody();
            if (!Arrays.equals(again, raw)) {
                report.fail(name, "re-encoding differs (" + again.length + " bytes vs " + raw.length + ")");
                return;
            }
            SpanBatch span = SpanBatch.derive(b, 2, 0, RAW_BATCH_CHAIN_ID);
            int txs = checkTransactions(span);
            byte[] rebuilt = span.toRaw().encodeBody();
            if (!Arrays.equals(rebuilt, raw)) {
                report.fail(name, "span batch rebuilt from its derived blocks differs from the input");
                return;
            }
            report.pass(name + " (" + span.blockCount() + " blocks, " + txs + " txs, byte-identical)");
        } catch (BatchException e) {
            report.fail(name, e.getMessage());
        }
    }

    private static void channel(Path f, SuiteReport report) throws IOException {
        String name = "batch.hex";
        byte[] channel = Hex.decode(Files.readString(f).strip());
        int batches = 0;
        int blocks = 0;
        int txs = 0;
        try (BatchReader r = BatchReader.open(channel, BEDROCK_MAX_RLP_BYTES, false)) {
            for (Batch b; (b = r.nextBatch()) != null; ) {
                batches++;
                switch (b) {
                    case SingularBatch s -> {
                        blocks++;
                        txs += s.transactions().size();
                    }
                    case RawSpanBatch raw -> {
                        SpanBatch span = SpanBatch.derive(raw, 2, 0, 10);
                        blocks += span.blockCount();
                        txs += checkTransactions(span);
                    }
                }
            }
            if (batches == 0) {
                report.fail(name, "the channel holds no batch");
                return;
            }
            report.pass(name + " (" + channel.length + " compressed bytes → " + r.bytesRead() + " bytes, " + batches
                    + " batch(es), " + blocks + " blocks, " + txs + " txs)");
        } catch (BatchException e) {
            report.fail(name, e.getMessage());
        }
    }

    /** Every transaction of the derived span batch must decode as an EIP-2718 transaction and re-encode identically. */
    private static int checkTransactions(SpanBatch span) {
        int n = 0;
        for (SpanBatchElement e : span.elements()) {
            for (byte[] tx : e.transactions()) {
                if (!Arrays.equals(Transaction.decode(tx).encode(), tx)) {
                    throw new IllegalStateException("derived transaction " + n + " does not re-encode identically");
                }
                n++;
            }
        }
        return n;
    }

    /**
     * The transaction goes into an L1 block served by an in-memory chain, read by the pre-Ecotone calldata source
     * with OP Mainnet's inbox and batcher: exactly its 119,823 bytes of calldata must come out, and must parse as
     * frames; with another batcher address nothing may come out.
     */
    private static void batcherTx(Path f, SuiteReport report) throws IOException {
        String name = "raw_batcher_tx.hex";
        try {
            Transaction tx = Transaction.decode(Files.readAllBytes(f));
            BlockInfo block = new BlockInfo(Hash.ZERO, 10, Hash.ZERO, 0);
            ChainProvider chain = new ChainProvider() {
                @Override
                public Header headerByHash(Hash hash) {
                    throw new IllegalStateException("not needed by the calldata source");
                }

                @Override
                public BlockInfo blockInfoByNumber(long number) {
                    throw new IllegalStateException("not needed by the calldata source");
                }

                @Override
                public List<Receipt> receiptsByHash(Hash hash) {
                    throw new IllegalStateException("not needed by the calldata source");
                }

                @Override
                public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
                    return new BlockAndTransactions(block, List.of(tx));
                }
            };
            CalldataSource source = new CalldataSource(chain, BATCH_INBOX, 1);
            byte[] data = source.next(block, BATCHER);
            boolean more;
            try {
                source.next(block, BATCHER);
                more = true;
            } catch (PipelineException e) {
                more = !e.isEof();
            }
            boolean otherBatcherAccepted;
            try {
                new CalldataSource(chain, BATCH_INBOX, 1).next(block, Address.ZERO);
                otherBatcherAccepted = true;
            } catch (PipelineException e) {
                otherBatcherAccepted = !e.isEof();
            }
            if (otherBatcherAccepted) {
                report.fail(name, "the data was also accepted for batcher 0x00…00: sender filtering is broken");
            } else if (more) {
                report.fail(name, "more than one piece of batcher data from one transaction");
            } else if (data.length != EXPECTED_CALLDATA) {
                report.fail(name, data.length + " bytes of calldata, expected " + EXPECTED_CALLDATA);
            } else {
                List<Frame> frames = Frame.parseFrames(data);
                report.pass(name + " (" + data.length + " bytes accepted from " + tx.sender().toChecksumHex() + ", "
                        + frames.size() + " frame(s))");
            }
        } catch (PipelineException e) {
            report.fail(name, "not accepted from batcher " + BATCHER.toChecksumHex() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            report.fail(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
