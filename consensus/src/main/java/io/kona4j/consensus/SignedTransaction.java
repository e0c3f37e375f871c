package io.kona4j.consensus;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import java.math.BigInteger;

/** A transaction carrying a secp256k1 signature and a nonce: every type except the deposit. */
public sealed interface SignedTransaction extends Transaction
        permits LegacyTransaction, Eip2930Transaction, Eip1559Transaction, Eip4844Transaction, Eip7702Transaction {

    long nonce();

    /** The chain id the signature commits to; 0 for a legacy transaction without EIP-155. */
    long chainId();

    /** The signature's r. */
    UInt256 r();

    /** The signature's s. */
    UInt256 s();

    /**
     * The recovery id (y parity): 0 or 1 for a valid signature. A legacy transaction derives it from {@code v};
     * an unusable {@code v} gives -1.
     */
    int recoveryId();

    /** Legacy/EIP-2930: the gas price; EIP-1559 and later: the max fee per gas. */
    UInt256 maxFeePerGas();

    /** Legacy/EIP-2930: the gas price; EIP-1559 and later: the max priority fee per gas. */
    UInt256 maxPriorityFeePerGas();

    /** The hash the sender signed. */
    byte[] signingHash();

    @Override
    default Address sender() {
        int recId = recoveryId();
        if (recId < 0 || recId > 1) {
            throw new InvalidTransactionException("transaction signature has an invalid v / y parity");
        }
        BigInteger rr = r().toBigInteger();
        BigInteger ss = s().toBigInteger();
        if (!Secp256k1.isValidRs(rr, ss)) {
            throw new InvalidTransactionException("transaction signature r or s is zero or not below the curve order");
        }
        if (!Secp256k1.isLowS(ss)) {
            throw new InvalidTransactionException("transaction signature s is above n/2 (EIP-2)");
        }
        Address a = Secp256k1.recoverAddress(signingHash(), rr, ss, recId);
        if (a == null) throw new InvalidTransactionException("transaction signature recovers no public key");
        return a;
    }

    /** The price per gas paid at {@code baseFee}: min(maxFee, baseFee + priorityFee); legacy pays its gas price. */
    default UInt256 effectiveGasPrice(UInt256 baseFee) {
        UInt256 max = maxFeePerGas();
        UInt256 tip = maxPriorityFeePerGas();
        UInt256 sum = baseFee.add(tip);
        if (sum.compareTo(baseFee) < 0) return max; // wrapped: more than any max fee
        return sum.compareTo(max) < 0 ? sum : max;
    }
}
