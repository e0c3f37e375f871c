package io.kona4j.devnet;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.primitives.Hash;

import java.util.List;

/**
 * One devnet L1 block: header, transactions, the receipts the devnet constructed for them, and the blob sidecars of
 * its blob transactions in block order.
 */
public record L1BlockData(Block block, Hash hash, List<Receipt> receipts, List<Blob> blobs) {
    public L1BlockData {
        receipts = List.copyOf(receipts);
        blobs = List.copyOf(blobs);
    }

    public Header header() {
        return block.header();
    }

    /** A blob with its KZG commitment and proof, as a beacon node serves it. */
    public record Blob(long index, Hash versionedHash, byte[] blob, byte[] commitment, byte[] proof) {}
}
