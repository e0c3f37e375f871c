package io.kona4j.derive.stages;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.BatchValidationProvider;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.batch.SpanBatch;
import io.kona4j.protocol.batch.SpanBatchElement;
import java.util.Arrays;
import java.util.List;

/**
 * The batch validity rules of PROTOCOL.md §1.9, as op-node's {@code batches.go} applies them: singular batches,
 * the span-batch prefix checks (used alone under Holocene) and full span-batch validation before Holocene.
 * {@code l1Blocks} are the buffered L1 blocks starting at the current epoch; {@code inclusion} is the L1 block the
 * batch was read in.
 */
public final class BatchValidation {
    private static final System.Logger LOG = System.getLogger(BatchValidation.class.getName());
    private static final int DEPOSIT_TYPE = 0x7E;
    private static final int SET_CODE_TYPE = 0x04;

    private BatchValidation() {}

    public static BatchValidity checkSingularBatch(RollupConfig cfg, List<BlockInfo> l1Blocks, L2BlockInfo safeHead,
                                                   SingularBatch batch, BlockInfo inclusion) {
        if (l1Blocks.isEmpty()) return undecided("no L1 blocks buffered to check " + batch);
        BlockInfo epoch = l1Blocks.get(0);
        long nextTs = safeHead.timestamp() + cfg.blockTime();
        if (batch.timestamp() > nextTs) {
            if (cfg.isHoloceneActive(inclusion.timestamp())) return drop(batch, "future batch, next timestamp " + nextTs);
            return BatchValidity.FUTURE;
        }
        if (batch.timestamp() < nextTs) {
            if (cfg.isHoloceneActive(inclusion.timestamp())) return BatchValidity.PAST;
            return drop(batch, "past batch, next timestamp " + nextTs);
        }
        if (!batch.parentHash().equals(safeHead.hash())) return drop(batch, "parent hash is not the safe head " + safeHead.hash());
        if (batch.epochNumber() + cfg.seqWindowSize() < inclusion.number()) {
            return drop(batch, "included at L1 #" + inclusion.number() + ", after its sequencing window");
        }
        BlockInfo batchOrigin = epoch;
        if (batch.epochNumber() < epoch.number()) {
            return drop(batch, "epoch too old, current epoch is " + epoch.number());
        } else if (batch.epochNumber() == epoch.number() + 1) {
            if (l1Blocks.size() < 2) return undecided("next L1 block needed to check " + batch);
            batchOrigin = l1Blocks.get(1);
        } else if (batch.epochNumber() != epoch.number()) {
            return drop(batch, "epoch too far ahead of " + epoch.number());
        }
        if (!batch.epochHash().equals(batchOrigin.hash())) return drop(batch, "epoch hash is not L1 " + batchOrigin);
        if (batch.timestamp() < batchOrigin.timestamp()) return drop(batch, "timestamp before its L1 origin " + batchOrigin);
        long max = batchOrigin.timestamp() + cfg.maxSequencerDrift(batchOrigin.timestamp());
        if (batch.timestamp() > max) {
            if (!batch.transactions().isEmpty()) return drop(batch, "past the sequencer drift limit " + max + " with transactions");
            if (epoch.number() == batchOrigin.number()) {
                if (l1Blocks.size() < 2) return undecided("next L1 block needed to check the drift of " + batch);
                if (batch.timestamp() >= l1Blocks.get(1).timestamp()) {
                    return drop(batch, "past the drift limit though the next L1 origin could have been adopted");
                }
            }
        }
        if (!batch.transactions().isEmpty() && isUpgradeOnlyBlock(cfg, batch.timestamp())) {
            return drop(batch, "a Jovian or Interop activation block must not carry transactions");
        }
        String bad = checkTransactions(cfg, batch.timestamp(), batch.transactions());
        return bad == null ? BatchValidity.ACCEPT : drop(batch, bad);
    }

    /** The activation blocks that carry only deposits (PROTOCOL.md §1.9 rule 8): Jovian's and Interop's. */
    private static boolean isUpgradeOnlyBlock(RollupConfig cfg, long ts) {
        return cfg.isFirstJovianBlock(ts) || cfg.isFirstInteropBlock(ts);
    }

    private static String checkTransactions(RollupConfig cfg, long ts, List<byte[]> txs) {
        for (int i = 0; i < txs.size(); i++) {
            byte[] tx = txs.get(i);
            if (tx.length == 0) return "transaction " + i + " is empty";
            if ((tx[0] & 0xff) == DEPOSIT_TYPE) return "transaction " + i + " is a deposit";
            if ((tx[0] & 0xff) == SET_CODE_TYPE && !cfg.isIsthmusActive(ts)) return "transaction " + i + " is a set-code tx before Isthmus";
        }
        return null;
    }

    /** The verdict and, when the checks got that far, the span batch's parent block. */
    public record PrefixResult(BatchValidity validity, L2BlockInfo parent) {}

    /** The span-batch checks that do not look at individual blocks (op-node {@code checkSpanBatchPrefix}). */
    public static PrefixResult checkSpanBatchPrefix(RollupConfig cfg, List<BlockInfo> l1Blocks, L2BlockInfo safeHead,
                                                    SpanBatch batch, BlockInfo inclusion, BatchValidationProvider l2) {
        if (l1Blocks.isEmpty()) return new PrefixResult(undecided("no L1 blocks buffered to check " + batch), null);
        BlockInfo epoch = l1Blocks.get(0);
        long startEpoch = batch.startEpochNumber();
        BlockInfo batchOrigin = epoch;
        if (startEpoch == epoch.number() + 1) {
            if (l1Blocks.size() < 2) return new PrefixResult(undecided("next L1 block needed for " + batch), null);
            batchOrigin = l1Blocks.get(1);
        }
        if (!cfg.isDeltaActive(batchOrigin.timestamp())) {
            return new PrefixResult(drop(batch, "L1 origin " + batchOrigin + " is before Delta"), null);
        }
        long nextTs = safeHead.timestamp() + cfg.blockTime();
        if (batch.startTimestamp() > nextTs) {
            if (cfg.isHoloceneActive(inclusion.timestamp())) {
                return new PrefixResult(drop(batch, "future span batch, next timestamp " + nextTs), null);
            }
            return new PrefixResult(BatchValidity.FUTURE, null);
        }
        if (batch.finalTimestamp() < nextTs) {
            if (cfg.isHoloceneActive(inclusion.timestamp())) return new PrefixResult(BatchValidity.PAST, null);
            return new PrefixResult(drop(batch, "no block after the safe head"), null);
        }
        L2BlockInfo parent = safeHead;
        if (batch.startTimestamp() < nextTs) {
            if (batch.startTimestamp() > safeHead.timestamp()) {
                return new PrefixResult(drop(batch, "misaligned timestamp, block time too short"), null);
            }
            if ((safeHead.timestamp() - batch.startTimestamp()) % cfg.blockTime() != 0) {
                return new PrefixResult(drop(batch, "misaligned timestamp, not overlapping exactly"), null);
            }
            long parentNum = safeHead.number() - (safeHead.timestamp() - batch.startTimestamp()) / cfg.blockTime() - 1;
            try {
                parent = Providers.call("L2 block #" + parentNum, () -> l2.l2BlockInfoByNumber(parentNum));
            } catch (PipelineException e) {
                return new PrefixResult(undecided("L2 block #" + parentNum + " unavailable: " + e.getMessage()), null);
            }
        }
        if (!batch.checkParentHash(parent.hash())) {
            return new PrefixResult(drop(batch, "parent check does not match L2 " + parent.hash()), parent);
        }
        if (startEpoch + cfg.seqWindowSize() < inclusion.number()) {
            return new PrefixResult(drop(batch, "included after its sequencing window"), parent);
        }
        if (startEpoch > parent.l1Origin().number() + 1) {
            return new PrefixResult(drop(batch, "start epoch too far ahead of the parent's origin"), parent);
        }
        long endEpoch = batch.finalEpochNumber();
        boolean originChecked = false;
        for (BlockInfo b : l1Blocks) {
            if (b.number() == endEpoch) {
                if (!batch.checkOriginHash(b.hash())) {
                    return new PrefixResult(drop(batch, "L1 origin check does not match L1 " + b), parent);
                }
                originChecked = true;
                break;
            }
        }
        if (!originChecked) return new PrefixResult(undecided("L1 block #" + endEpoch + " needed for " + batch), parent);
        if (startEpoch < parent.l1Origin().number()) {
            return new PrefixResult(drop(batch, "start epoch older than the parent's origin"), parent);
        }
        return new PrefixResult(BatchValidity.ACCEPT, parent);
    }

    /** Full span-batch validation before Holocene (op-node {@code checkSpanBatch}). */
    public static BatchValidity checkSpanBatch(RollupConfig cfg, List<BlockInfo> l1Blocks, L2BlockInfo safeHead,
                                               SpanBatch batch, BlockInfo inclusion, BatchValidationProvider l2) {
        PrefixResult prefix = checkSpanBatchPrefix(cfg, l1Blocks, safeHead, batch, inclusion, l2);
        if (prefix.validity() != BatchValidity.ACCEPT) return prefix.validity();
        L2BlockInfo parent = prefix.parent();
        long startEpoch = batch.startEpochNumber();
        int originIdx = 0;
        boolean originAdvanced = startEpoch == parent.l1Origin().number() + 1;
        List<SpanBatchElement> blocks = batch.elements();
        for (int i = 0; i < blocks.size(); i++) {
            SpanBatchElement e = blocks.get(i);
            if (e.timestamp() <= safeHead.timestamp()) continue;
            BlockInfo origin = null;
            for (int j = originIdx; j < l1Blocks.size(); j++) {
                if (e.epochNumber() == l1Blocks.get(j).number()) {
                    origin = l1Blocks.get(j);
                    originIdx = j;
                    break;
                }
            }
            if (origin == null) return undecided("L1 origin #" + e.epochNumber() + " of span block " + i + " not buffered");
            if (i > 0) originAdvanced = e.epochNumber() > blocks.get(i - 1).epochNumber();
            if (e.timestamp() < origin.timestamp()) return drop(batch, "block " + i + " is before its L1 origin");
            long max = origin.timestamp() + cfg.maxSequencerDrift(origin.timestamp());
            if (e.timestamp() > max) {
                if (!e.transactions().isEmpty()) return drop(batch, "block " + i + " past the drift limit with transactions");
                if (!originAdvanced) {
                    if (originIdx + 1 >= l1Blocks.size()) return undecided("next L1 block needed for the drift of block " + i);
                    if (e.timestamp() >= l1Blocks.get(originIdx + 1).timestamp()) {
                        return drop(batch, "block " + i + " past the drift limit though the next origin could be adopted");
                    }
                }
            }
            if (!e.transactions().isEmpty() && isUpgradeOnlyBlock(cfg, e.timestamp())) {
                return drop(batch, "block " + i + " is a Jovian or Interop activation block and carries transactions");
            }
            String bad = checkTransactions(cfg, e.timestamp(), e.transactions());
            if (bad != null) return drop(batch, "block " + i + ": " + bad);
        }
        long nextTs = safeHead.timestamp() + cfg.blockTime();
        if (batch.startTimestamp() < nextTs) {
            for (long i = 0; i < safeHead.number() - parent.number(); i++) {
                long num = parent.number() + i + 1;
                Block safe;
                L2BlockInfo safeInfo;
                try {
                    safe = Providers.call("L2 block #" + num, () -> l2.blockByNumber(num));
                    safeInfo = Providers.call("L2 block info #" + num, () -> l2.l2BlockInfoByNumber(num));
                } catch (PipelineException ex) {
                    return undecided("L2 block #" + num + " unavailable: " + ex.getMessage());
                }
                List<byte[]> batchTxs = blocks.get((int) i).transactions();
                List<Transaction> safeTxs = safe.transactions();
                int deposits = 0;
                for (Transaction t : safeTxs) if (t.isDeposit()) deposits++;
                if (safeTxs.size() - deposits != batchTxs.size()) return drop(batch, "overlapping block #" + num + " tx count differs");
                for (int j = 0; j < batchTxs.size(); j++) {
                    if (!Arrays.equals(safeTxs.get(deposits + j).encode(), batchTxs.get(j))) {
                        return drop(batch, "overlapping block #" + num + " tx " + j + " differs");
                    }
                }
                if (safeInfo.l1Origin().number() != blocks.get((int) i).epochNumber()) {
                    return drop(batch, "overlapping block #" + num + " has another L1 origin");
                }
            }
        }
        return BatchValidity.ACCEPT;
    }

    /** The epoch hash for an epoch number among the buffered L1 blocks, or null. */
    static Hash originHash(List<BlockInfo> l1Blocks, long number) {
        for (BlockInfo b : l1Blocks) if (b.number() == number) return b.hash();
        return null;
    }

    private static BatchValidity drop(Object batch, String why) {
        LOG.log(System.Logger.Level.WARNING, "dropping " + batch + ": " + why);
        return BatchValidity.DROP;
    }

    private static BatchValidity undecided(String why) {
        LOG.log(System.Logger.Level.DEBUG, "undecided: " + why);
        return BatchValidity.UNDECIDED;
    }
}
