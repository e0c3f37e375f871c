package io.kona4j.protocol.batch;

import java.util.List;

/**
 * One L2 block of a derived span batch: its L1 origin number, timestamp and EIP-2718 transactions.
 *
 * @param transactions owned by the element: do not modify
 */
public record SpanBatchElement(long epochNumber, long timestamp, List<byte[]> transactions) {
    public SpanBatchElement {
        transactions = List.copyOf(transactions);
    }
}
