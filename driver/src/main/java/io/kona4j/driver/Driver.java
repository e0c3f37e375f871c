package io.kona4j.driver;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.TxType;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.signals.Signal;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The derive-and-execute loop (Kona's {@code Driver::advance_to_target}, {@code crates/proof/driver/src/core.rs}).
 *
 * <p>Until the safe head reaches the target: take the next payload attributes from the pipeline on the safe head and
 * execute them on the safe head's header. When L1 is exhausted (a critical {@code END_OF_SOURCE}) the target is
 * clamped to the current safe head. When a payload is invalid: from Holocene (by the payload's timestamp) the current
 * channel is flushed and the block is rebuilt from its deposits only (a failure then is fatal); before Holocene the
 * block is dropped and derivation continues. Every block built becomes the new tip of the {@link PipelineCursor} with
 * its output root, under the pipeline's L1 origin.
 *
 * <p>Unlike Kona, only an {@link InvalidPayloadException} counts as an invalid payload: an executor failure caused by
 * missing or wrong witness data stops the driver instead of dropping or rewriting the block.
 */
public final class Driver {
    private final PipelineCursor cursor;
    private final Executor executor;
    private final DriverPipeline pipeline;
    private final Listener listener;
    private long blocksBuilt;
    private long blocksDropped;
    private long depositOnlyRetries;

    /** Progress callbacks, e.g. for the CLI's progress lines. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void blockBuilt(L2BlockInfo block, Hash outputRoot, BlockInfo origin) {}

        default void payloadInvalid(OpAttributesWithParent attributes, InvalidPayloadException e, boolean holocene) {}

        default void sourceExhausted(L2BlockInfo safeHead) {}
    }

    public Driver(PipelineCursor cursor, Executor executor, DriverPipeline pipeline) {
        this(cursor, executor, pipeline, Listener.NONE);
    }

    public Driver(PipelineCursor cursor, Executor executor, DriverPipeline pipeline, Listener listener) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public PipelineCursor cursor() {
        return cursor;
    }

    /**
     * Derives and executes until the safe head is at {@code target} (or, with a null target, until L1 is exhausted),
     * and returns the tip: the safe head and its output root. If L1 runs out first, the tip is the last block derived.
     *
     * @throws DriverException on a critical pipeline error, a failed deposit-only block or any non-payload executor
     *     failure
     */
    public TipCursor advanceToTarget(RollupConfig config, Long target) {
        Long clamped = target;
        while (true) {
            TipCursor tip = cursor.tip();
            if (clamped != null && tip.l2SafeHead().number() >= clamped) return tip;

            OpAttributesWithParent produced;
            try {
                produced = pipeline.produceAttributes(tip.l2SafeHead());
            } catch (CriticalException e) {
                if (e.error() != PipelineError.END_OF_SOURCE) {
                    throw new DriverException("derivation failed on safe head " + tip.l2SafeHead() + ": " + e.getMessage(), e);
                }
                listener.sourceExhausted(tip.l2SafeHead());
                if (config.isInteropActive(tip.l2SafeHead().timestamp())) {
                    throw new DriverException("L1 exhausted at safe head " + tip.l2SafeHead() + " with interop active", e);
                }
                return tip;
            } catch (PipelineException e) {
                throw new DriverException("derivation failed on safe head " + tip.l2SafeHead() + ": " + e.getMessage(), e);
            }

            OpPayloadAttributes attributes = produced.attributes();
            BlockBuildingOutcome outcome;
            executor.updateSafeHead(tip.l2SafeHeadHeader(), tip.l2SafeHead().hash());
            try {
                outcome = executor.executePayload(attributes);
            } catch (InvalidPayloadException e) {
                boolean holocene = config.isHoloceneActive(attributes.timestamp());
                listener.payloadInvalid(produced, e, holocene);
                if (!holocene) {
                    blocksDropped++;
                    continue;
                }
                pipeline.signal(Signal.FLUSH_CHANNEL);
                attributes = depositsOnly(attributes);
                depositOnlyRetries++;
                executor.updateSafeHead(tip.l2SafeHeadHeader(), tip.l2SafeHead().hash());
                try {
                    outcome = executor.executePayload(attributes);
                } catch (InvalidPayloadException again) {
                    throw new DriverException("the deposit-only block on " + tip.l2SafeHead() + " is invalid: "
                            + again.getMessage(), again);
                }
            }

            BlockInfo origin = pipeline.origin();
            if (origin == null) throw new DriverException("the pipeline has no L1 origin after building a block");
            L2BlockInfo info;
            try {
                // Only the L1-info deposit (first) matters to the block info; the executor decoded every transaction.
                List<Transaction> first = attributes.transactions().isEmpty() ? List.of()
                        : List.of(Transaction.decode(attributes.transactions().get(0)));
                Block block = new Block(outcome.header(), first, List.of(), null);
                info = L2BlockInfo.fromBlock(block, pipeline.rollupConfig().genesis());
            } catch (ConsensusException | ProtocolException e) {
                throw new DriverException("block " + outcome.blockHash() + " built on " + tip.l2SafeHead()
                        + " has no readable L1 info: " + e.getMessage(), e);
            }
            Hash outputRoot = executor.computeOutputRoot();
            cursor.advance(origin, new TipCursor(info, outcome.header(), outputRoot));
            blocksBuilt++;
            listener.blockBuilt(info, outputRoot, origin);
        }
    }

    /** The attributes with every non-deposit transaction removed (first byte not 0x7E, or empty). */
    static OpPayloadAttributes depositsOnly(OpPayloadAttributes a) {
        List<byte[]> deposits = new ArrayList<>();
        for (byte[] tx : a.transactions()) {
            if (tx.length > 0 && (tx[0] & 0xff) == TxType.DEPOSIT.id()) deposits.add(tx);
        }
        return new OpPayloadAttributes(a.timestamp(), a.prevRandao(), a.suggestedFeeRecipient(), a.withdrawals(),
                a.parentBeaconBlockRoot(), deposits, a.noTxPool(), a.gasLimit(), a.eip1559Params(), a.minBaseFee());
    }

    public long blocksBuilt() {
        return blocksBuilt;
    }

    public long blocksDropped() {
        return blocksDropped;
    }

    public long depositOnlyRetries() {
        return depositOnlyRetries;
    }
}
