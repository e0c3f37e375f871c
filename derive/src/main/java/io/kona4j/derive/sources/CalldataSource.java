package io.kona4j.derive.sources;

import io.kona4j.consensus.Transaction;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.primitives.Address;
import io.kona4j.protocol.BlockInfo;
import java.util.ArrayDeque;
import java.util.Deque;

/** Batcher calldata of an L1 block before Ecotone: one item per batcher transaction, in block order. */
public final class CalldataSource implements DataAvailabilityProvider {
    private final ChainProvider chain;
    private final Address batchInbox;
    private final long l1ChainId;
    private final Deque<byte[]> data = new ArrayDeque<>();
    private boolean open;

    public CalldataSource(ChainProvider chain, Address batchInbox, long l1ChainId) {
        this.chain = chain;
        this.batchInbox = batchInbox;
        this.l1ChainId = l1ChainId;
    }

    @Override
    public byte[] next(BlockInfo block, Address batcher) {
        if (!open) {
            ChainProvider.BlockAndTransactions b = call(block);
            for (Transaction tx : b.transactions()) {
                if (BatcherTransactions.isBatcherTransaction(tx, batchInbox, batcher, l1ChainId)) data.add(tx.input());
            }
            open = true;
        }
        byte[] d = data.pollFirst();
        if (d == null) throw PipelineException.eof();
        return d;
    }

    private ChainProvider.BlockAndTransactions call(BlockInfo block) {
        try {
            return chain.blockInfoAndTransactionsByHash(block.hash());
        } catch (PipelineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PipelineException.critical(PipelineError.PROVIDER, "transactions of L1 block " + block + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void clear() {
        data.clear();
        open = false;
    }
}
