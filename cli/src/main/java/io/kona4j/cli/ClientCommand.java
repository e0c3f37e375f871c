package io.kona4j.cli;

import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.driver.Driver;
import io.kona4j.driver.InvalidPayloadException;
import io.kona4j.preimage.FpvmFileDescriptor;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.client.ClientOptions;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kona4j client}: the single-chain fault-proof client program, talking to a host over the FPVM file descriptors
 * (hints on 3/4, preimages on 5/6; PROTOCOL.md §4) or over four given pipe paths. Exit code 0 valid, 1 invalid claim
 * or error, 2 internal bug; the verdict goes to stderr (one line, or JSON with {@code --json}), progress too unless
 * {@code --quiet}.
 */
@Command(name = "client", description = "Run the single-chain fault-proof client on fds 3-6 (or given pipes); "
        + "exit 0 valid, 1 invalid claim or error, 2 internal bug.")
public final class ClientCommand implements Kona4jCommand {
    @Option(names = "--hint-read", paramLabel = "PATH", description = "Pipe the host's hint acks arrive on (default fd 3).")
    Path hintRead;

    @Option(names = "--hint-write", paramLabel = "PATH", description = "Pipe hints are written to (default fd 4).")
    Path hintWrite;

    @Option(names = "--preimage-read", paramLabel = "PATH", description = "Pipe preimages arrive on (default fd 5).")
    Path preimageRead;

    @Option(names = "--preimage-write", paramLabel = "PATH", description = "Pipe keys are written to (default fd 6).")
    Path preimageWrite;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Option(names = "--json", description = "Print the verdict as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        int given = (hintRead != null ? 1 : 0) + (hintWrite != null ? 1 : 0) + (preimageRead != null ? 1 : 0)
                + (preimageWrite != null ? 1 : 0);
        if (given != 0 && given != 4) {
            throw new IllegalArgumentException("give all four pipe paths or none (then fds 3-6 are used)");
        }
        StreamChannel hints = given == 4 ? StreamChannel.open(hintRead, hintWrite) : FpvmFileDescriptor.openHintChannel();
        StreamChannel preimages = given == 4 ? StreamChannel.open(preimageRead, preimageWrite)
                : FpvmFileDescriptor.openPreimageChannel();
        ClientOptions options = ClientOptions.DEFAULT;
        if (!quiet && !json) options = options.withListener(new Progress());
        ClientResult r;
        try {
            r = SingleChainClient.run(new OracleReader(preimages), new HintWriter(hints), options);
        } finally {
            hints.close();
            preimages.close();
        }
        if (json) {
            System.err.printf("{\"verdict\":\"%s\",\"exitCode\":%d,\"claimedBlock\":%d,\"safeHead\":%d,"
                            + "\"computedOutputRoot\":%s,\"claimedOutputRoot\":%s,\"detail\":\"%s\"}%n",
                    r.verdict(), r.exitCode(), r.claimedBlock(), r.safeHead(), quote(r.computedOutputRoot()),
                    quote(r.claimedOutputRoot()), escape(r.detail()));
        } else {
            System.err.println(r);
        }
        return r.exitCode();
    }

    private static String quote(Hash h) {
        return h == null ? "null" : "\"" + h + "\"";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    /** Progress on stderr: one line per block, with the rate. */
    private static final class Progress implements Driver.Listener {
        private final long start = System.nanoTime();
        private long blocks;

        @Override
        public void blockBuilt(L2BlockInfo block, Hash outputRoot, BlockInfo origin) {
            blocks++;
            double s = (System.nanoTime() - start) / 1e9;
            System.err.printf("derived+executed L2 #%d (L1 origin #%d) output %s  [%d blocks, %.2f blocks/s]%n",
                    block.number(), origin.number(), outputRoot, blocks, blocks / Math.max(s, 1e-9));
        }

        @Override
        public void payloadInvalid(OpAttributesWithParent attributes, InvalidPayloadException e, boolean holocene) {
            System.err.printf("invalid payload on L2 #%d (%s): %s%n", attributes.parent().number(),
                    holocene ? "retrying deposit-only" : "dropped", e.getMessage());
        }

        @Override
        public void sourceExhausted(L2BlockInfo safeHead) {
            System.err.printf("L1 exhausted at L2 safe head #%d%n", safeHead.number());
        }
    }
}
