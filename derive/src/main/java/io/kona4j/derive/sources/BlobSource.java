package io.kona4j.derive.sources;

import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.batch.BlobData;
import io.kona4j.protocol.batch.BlobException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Batcher data of an L1 block from Ecotone (PROTOCOL.md §1.3, op-node {@code blob_data_source.go}): one pass over the
 * block's transactions; a non-blob batcher transaction gives its calldata, a blob batcher transaction one item per
 * blob (its calldata ignored). Blob indexes count every blob hash of every transaction in the block. A blob that does
 * not decode is skipped alone.
 */
public final class BlobSource implements DataAvailabilityProvider {
    private static final System.Logger LOG = System.getLogger(BlobSource.class.getName());

    private final ChainProvider chain;
    private final BlobProvider blobs;
    private final Address batchInbox;
    private final long l1ChainId;
    private final Deque<byte[]> data = new ArrayDeque<>();
    private boolean open;

    public BlobSource(ChainProvider chain, BlobProvider blobs, Address batchInbox, long l1ChainId) {
        this.chain = chain;
        this.blobs = blobs;
        this.batchInbox = batchInbox;
        this.l1ChainId = l1ChainId;
    }

    @Override
    public byte[] next(BlockInfo block, Address batcher) {
        if (!open) load(block, batcher);
        byte[] d = data.pollFirst();
        if (d == null) throw PipelineException.eof();
        return d;
    }

    private void load(BlockInfo block, Address batcher) {
        ChainProvider.BlockAndTransactions b;
        try {
            b = chain.blockInfoAndTransactionsByHash(block.hash());
        } catch (PipelineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PipelineException.critical(PipelineError.PROVIDER, "transactions of L1 block " + block + ": "
                    + e.getMessage(), e);
        }
        List<byte[]> items = new ArrayList<>();
        List<Integer> blobSlots = new ArrayList<>();
        List<IndexedBlobHash> hashes = new ArrayList<>();
        long blobIndex = 0;
        for (Transaction tx : b.transactions()) {
            if (!BatcherTransactions.isBatcherTransaction(tx, batchInbox, batcher, l1ChainId)) {
                blobIndex += tx.blobVersionedHashes().size();
                continue;
            }
            if (tx.type() != TxType.EIP4844) {
                items.add(tx.input());
                continue;
            }
            for (Hash h : tx.blobVersionedHashes()) {
                hashes.add(new IndexedBlobHash(blobIndex++, h));
                blobSlots.add(items.size());
                items.add(null);
            }
        }
        if (!hashes.isEmpty()) {
            List<byte[]> fetched;
            try {
                fetched = blobs.getAndValidateBlobs(block, hashes);
            } catch (PipelineException e) {
                throw e;
            } catch (RuntimeException e) {
                throw PipelineException.temporary(PipelineError.BLOB, "blobs of L1 block " + block + ": " + e.getMessage(), e);
            }
            if (fetched.size() != hashes.size()) {
                throw PipelineException.temporary(PipelineError.BLOB, hashes.size() + " blobs asked of L1 block " + block
                        + ", " + fetched.size() + " returned");
            }
            for (int i = 0; i < fetched.size(); i++) {
                try {
                    items.set(blobSlots.get(i), BlobData.decode(fetched.get(i)));
                } catch (BlobException e) {
                    LOG.log(System.Logger.Level.WARNING, "skipping blob " + hashes.get(i).index() + " of L1 block " + block
                            + ": " + e.getMessage());
                }
            }
        }
        for (byte[] item : items) if (item != null) data.add(item);
        open = true;
    }

    @Override
    public void clear() {
        data.clear();
        open = false;
    }
}
