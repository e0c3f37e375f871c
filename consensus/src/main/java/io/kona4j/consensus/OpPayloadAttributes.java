package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The OP Stack payload attributes: what derivation hands the execution engine to build one L2 block
 * (PROTOCOL.md §1.10; op-alloy {@code OpPayloadAttributes}). The transactions are raw EIP-2718 envelopes, the L1-info
 * deposit first, exactly as they go into the block.
 *
 * @param withdrawals {@code null} before Canyon, then empty on OP chains
 * @param parentBeaconBlockRoot {@code null} before Ecotone
 * @param transactions raw EIP-2718 envelopes, owned by the record: callers must not modify them
 * @param noTxPool true when the block holds exactly these transactions (always, when derived)
 * @param eip1559Params {@code null} before Holocene, else 8 bytes {@code denominator u32 BE ‖ elasticity u32 BE}
 * @param minBaseFee {@code null} before Jovian
 */
public record OpPayloadAttributes(long timestamp, Hash prevRandao, Address suggestedFeeRecipient,
                                  List<Withdrawal> withdrawals, Hash parentBeaconBlockRoot, List<byte[]> transactions,
                                  boolean noTxPool, long gasLimit, byte[] eip1559Params, Long minBaseFee) {
    /** Length of {@link #eip1559Params()}. */
    public static final int EIP1559_PARAMS_SIZE = 8;

    public OpPayloadAttributes {
        Objects.requireNonNull(prevRandao, "prevRandao");
        Objects.requireNonNull(suggestedFeeRecipient, "suggestedFeeRecipient");
        if (withdrawals != null) withdrawals = List.copyOf(withdrawals);
        transactions = List.copyOf(transactions);
        if (eip1559Params != null && eip1559Params.length != EIP1559_PARAMS_SIZE) {
            throw new ConsensusException("eip1559Params must be " + EIP1559_PARAMS_SIZE + " bytes, got "
                    + eip1559Params.length);
        }
    }

    /** Every transaction decoded; a malformed one gives a {@link ConsensusException} naming its index. */
    public List<Transaction> decodedTransactions() {
        List<Transaction> out = new ArrayList<>(transactions.size());
        for (int i = 0; i < transactions.size(); i++) {
            try {
                out.add(Transaction.decode(transactions.get(i)));
            } catch (ConsensusException e) {
                throw new ConsensusException("payload attributes transaction " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The EIP-1559 denominator from {@link #eip1559Params()} (Holocene), 0 when absent. */
    public long eip1559Denominator() {
        return eip1559Params == null ? 0 : Bytes.readIntBE(eip1559Params, 0) & 0xffff_ffffL;
    }

    /** The EIP-1559 elasticity multiplier from {@link #eip1559Params()} (Holocene), 0 when absent. */
    public long eip1559Elasticity() {
        return eip1559Params == null ? 0 : Bytes.readIntBE(eip1559Params, 4) & 0xffff_ffffL;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OpPayloadAttributes a)) return false;
        if (transactions.size() != a.transactions.size()) return false;
        for (int i = 0; i < transactions.size(); i++) {
            if (!Arrays.equals(transactions.get(i), a.transactions.get(i))) return false;
        }
        return timestamp == a.timestamp && prevRandao.equals(a.prevRandao)
                && suggestedFeeRecipient.equals(a.suggestedFeeRecipient) && Objects.equals(withdrawals, a.withdrawals)
                && Objects.equals(parentBeaconBlockRoot, a.parentBeaconBlockRoot) && noTxPool == a.noTxPool
                && gasLimit == a.gasLimit && Arrays.equals(eip1559Params, a.eip1559Params)
                && Objects.equals(minBaseFee, a.minBaseFee);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestamp, prevRandao, suggestedFeeRecipient, transactions.size(), gasLimit);
    }

    @Override
    public String toString() {
        return "OpPayloadAttributes[timestamp=" + timestamp + ", prevRandao=" + prevRandao + ", suggestedFeeRecipient="
                + suggestedFeeRecipient + ", withdrawals=" + withdrawals + ", parentBeaconBlockRoot="
                + parentBeaconBlockRoot + ", transactions=" + transactions.size() + ", noTxPool=" + noTxPool
                + ", gasLimit=" + gasLimit + ", eip1559Params="
                + (eip1559Params == null ? null : Hex.encode(eip1559Params)) + ", minBaseFee="
                + minBaseFee + "]";
    }
}
