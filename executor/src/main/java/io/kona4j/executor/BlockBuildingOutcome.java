package io.kona4j.executor;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.primitives.Hash;
import java.util.List;

/**
 * A block built by {@link StatelessL2Builder#buildBlock}: its sealed header and hash, and the receipts of its
 * transactions in order (Kona's {@code BlockBuildingOutcome}).
 *
 * @param daFootprint the Jovian DA footprint of the block (0 before Jovian)
 */
public record BlockBuildingOutcome(Header header, Hash blockHash, List<Receipt> receipts, long gasUsed,
                                   long daFootprint) {
    public BlockBuildingOutcome {
        receipts = List.copyOf(receipts);
    }
}
