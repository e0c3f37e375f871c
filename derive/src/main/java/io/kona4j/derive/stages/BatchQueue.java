package io.kona4j.derive.stages;

import io.kona4j.derive.BatchValidationProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.signals.Signal;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.BatchFormatException;
import io.kona4j.protocol.batch.SingularBatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The pre-Holocene batch queue (PROTOCOL.md §1.9, op-node {@code batch_queue.go}): buffers batches in the order they
 * were seen with their inclusion block, picks the first valid one for the next L2 block (keeping future ones), and
 * once the sequencing window of the epoch has passed generates empty batches to keep L2 time ≥ L1 time.
 */
public final class BatchQueue implements AttributesProvider {
    private record Pending(DecodedBatch batch, BlockInfo inclusion) {}

    private final NextBatchProvider prev;
    private final RollupConfig config;
    private final BatchValidationProvider l2;
    private BlockInfo origin;
    private final List<BlockInfo> l1Blocks = new ArrayList<>();
    private List<Pending> batches = new ArrayList<>();
    private final Deque<SingularBatch> nextSpan = new ArrayDeque<>();
    private boolean lastInSpan = true;

    public BatchQueue(NextBatchProvider prev, RollupConfig config, BatchValidationProvider l2) {
        this.prev = prev;
        this.config = config;
        this.l2 = l2;
    }

    @Override
    public SingularBatch nextBatch(L2BlockInfo parent) {
        if (!nextSpan.isEmpty()) {
            if (nextSpan.peekFirst().timestamp() == parent.timestamp() + config.blockTime()) {
                SingularBatch b = nextSpan.pollFirst().withParentHash(parent.hash());
                lastInSpan = nextSpan.isEmpty();
                return b;
            }
            nextSpan.clear();
        }
        if (!l1Blocks.isEmpty() && parent.l1Origin().number() > l1Blocks.get(0).number()) {
            for (int i = 0; i < l1Blocks.size(); i++) {
                if (l1Blocks.get(i).number() == parent.l1Origin().number()) {
                    l1Blocks.subList(0, i).clear();
                    break;
                }
            }
        }
        BlockInfo prevOrigin = prev.origin();
        boolean originBehind = prevOrigin.number() < parent.l1Origin().number();
        if (!prevOrigin.equals(origin)) {
            origin = prevOrigin;
            if (!originBehind) l1Blocks.add(origin);
            else l1Blocks.clear();
        }
        boolean outOfData = false;
        try {
            DecodedBatch b = prev.nextBatch(parent, l1Blocks);
            if (!originBehind) addBatch(b, parent);
        } catch (PipelineException e) {
            if (!e.isEof()) throw e;
            outOfData = true;
        }
        if (originBehind) throw outOfData ? PipelineException.eof() : PipelineException.notEnoughData();
        DecodedBatch next = deriveNextBatch(outOfData, parent);
        if (next == null) throw outOfData ? PipelineException.eof() : PipelineException.notEnoughData();
        SingularBatch result = switch (next) {
            case DecodedBatch.Single s -> s.batch();
            case DecodedBatch.Span s -> {
                try {
                    nextSpan.addAll(s.batch().toSingularBatches(n -> BatchValidation.originHash(l1Blocks, n),
                            parent.timestamp()));
                } catch (BatchFormatException e) {
                    throw PipelineException.critical(PipelineError.MISSING_L1_DATA, e.getMessage(), e);
                }
                yield nextSpan.pollFirst().withParentHash(parent.hash());
            }
        };
        lastInSpan = nextSpan.isEmpty();
        return result;
    }

    private void addBatch(DecodedBatch batch, L2BlockInfo parent) {
        if (l1Blocks.isEmpty()) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "no L1 origin prepared");
        Pending p = new Pending(batch, origin);
        if (check(p, parent) == BatchValidity.DROP) return;
        batches.add(p);
    }

    private BatchValidity check(Pending p, L2BlockInfo parent) {
        return switch (p.batch()) {
            case DecodedBatch.Single s -> BatchValidation.checkSingularBatch(config, l1Blocks, parent, s.batch(), p.inclusion());
            case DecodedBatch.Span s -> BatchValidation.checkSpanBatch(config, l1Blocks, parent, s.batch(), p.inclusion(), l2);
        };
    }

    /** The next batch to apply, or null when none can be derived yet (op-node's io.EOF). */
    private DecodedBatch deriveNextBatch(boolean outOfData, L2BlockInfo parent) {
        if (l1Blocks.isEmpty()) throw PipelineException.critical(PipelineError.MISSING_ORIGIN, "no L1 origin prepared");
        BlockInfo epoch = l1Blocks.get(0);
        if (!(parent.l1Origin().number() == epoch.number() && parent.l1Origin().hash().equals(epoch.hash()))
                && parent.l1Origin().number() != epoch.number() - 1) {
            throw PipelineException.reset(ResetReason.L1_ORIGIN_MISMATCH, "buffered epoch " + epoch
                    + " does not match the safe head's origin " + parent.l1Origin());
        }
        Pending found = null;
        List<Pending> remaining = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            Pending p = batches.get(i);
            BatchValidity v = check(p, parent);
            if (v == BatchValidity.FUTURE) {
                remaining.add(p);
            } else if (v == BatchValidity.ACCEPT) {
                found = p;
                remaining.addAll(batches.subList(i + 1, batches.size()));
                break;
            } else if (v == BatchValidity.UNDECIDED) {
                remaining.addAll(batches.subList(i, batches.size()));
                batches = remaining;
                return null;
            } else if (v == BatchValidity.PAST) {
                throw PipelineException.critical(PipelineError.INVALID_STATE, "past batch before Holocene");
            }
        }
        batches = remaining;
        if (found != null) return found.batch();
        long expiryEpoch = epoch.number() + config.seqWindowSize();
        boolean forceEmpty = (expiryEpoch == origin.number() && outOfData) || expiryEpoch < origin.number();
        boolean firstOfEpoch = epoch.number() == parent.l1Origin().number() + 1;
        long nextTs = parent.timestamp() + config.blockTime();
        if (!forceEmpty || l1Blocks.size() < 2) return null;
        BlockInfo nextEpoch = l1Blocks.get(1);
        if (nextTs < nextEpoch.timestamp() || firstOfEpoch) {
            return new DecodedBatch.Single(new SingularBatch(parent.hash(), epoch.number(), epoch.hash(), nextTs, List.of()));
        }
        l1Blocks.remove(0);
        return null;
    }

    @Override
    public boolean isLastInSpan() {
        return lastInSpan;
    }

    /** Batches buffered for later. */
    public int pendingBatches() {
        return batches.size();
    }

    @Override
    public BlockInfo origin() {
        return prev.origin();
    }

    @Override
    public void advanceOrigin() {
        prev.advanceOrigin();
    }

    @Override
    public void signal(Signal signal) {
        prev.signal(signal);
        switch (signal) {
            case Signal.Reset r -> reset(r.l1Origin());
            case Signal.Activation a -> {
                batches = new ArrayList<>();
                nextSpan.clear();
                lastInSpan = true;
            }
            case Signal.FlushChannel f -> { }
        }
    }

    /** The stage's L1 origin and buffered L1 blocks, which the Holocene batch validator takes over at activation. */
    BlockInfo stageOrigin() {
        return origin;
    }

    List<BlockInfo> l1Blocks() {
        return l1Blocks;
    }

    private void reset(BlockInfo base) {
        origin = base;
        batches = new ArrayList<>();
        l1Blocks.clear();
        l1Blocks.add(base);
        nextSpan.clear();
        lastInSpan = true;
    }
}
