package io.kona4j.derive.attributes;

import io.kona4j.consensus.Withdrawal;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import java.util.ArrayList;
import java.util.List;

/**
 * OP payload attributes (PROTOCOL.md §1.10): the engine-API attributes plus the transactions to force-include,
 * {@code noTxPool}, the gas limit and, per fork, {@code eip1559Params} and {@code minBaseFee}.
 *
 * @param withdrawals null before Canyon, empty from Canyon
 * @param parentBeaconBlockRoot null before Ecotone
 * @param transactions EIP-2718 encodings, owned by the record
 * @param eip1559Params 8 bytes from Holocene, else null
 * @param minBaseFee from Jovian, else null
 */
public record OpPayloadAttributes(long timestamp, Hash prevRandao, Address suggestedFeeRecipient,
                                  List<Withdrawal> withdrawals, Hash parentBeaconBlockRoot, List<byte[]> transactions,
                                  boolean noTxPool, long gasLimit, byte[] eip1559Params, Long minBaseFee) {
    public OpPayloadAttributes {
        transactions = List.copyOf(transactions);
        if (withdrawals != null) withdrawals = List.copyOf(withdrawals);
    }

    /** These attributes with {@code more} appended to the transactions and {@code noTxPool} set (a derived block). */
    public OpPayloadAttributes withBatchTransactions(List<byte[]> more) {
        List<byte[]> all = new ArrayList<>(transactions.size() + more.size());
        all.addAll(transactions);
        all.addAll(more);
        return new OpPayloadAttributes(timestamp, prevRandao, suggestedFeeRecipient, withdrawals, parentBeaconBlockRoot,
                all, true, gasLimit, eip1559Params, minBaseFee);
    }
}
