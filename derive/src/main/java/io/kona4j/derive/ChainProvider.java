package io.kona4j.derive;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import java.util.List;

/**
 * The L1 chain as derivation reads it (kona's {@code ChainProvider}). Implementations throw a
 * {@link io.kona4j.derive.errors.PipelineException} to choose the severity (temporary to retry, critical
 * {@code END_OF_SOURCE} past the L1 head); any other exception stops the pipeline as critical.
 */
public interface ChainProvider {
    Header headerByHash(Hash hash);

    BlockInfo blockInfoByNumber(long number);

    List<Receipt> receiptsByHash(Hash hash);

    BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash);

    /** An L1 block's identity with its transactions in block order. */
    record BlockAndTransactions(BlockInfo blockInfo, List<Transaction> transactions) {
        public BlockAndTransactions {
            transactions = List.copyOf(transactions);
        }
    }
}
