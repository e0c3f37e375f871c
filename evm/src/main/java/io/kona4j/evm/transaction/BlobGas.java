package io.kona4j.evm.transaction;

import io.kona4j.consensus.EthereumFork;
import io.kona4j.primitives.UInt256;
import java.math.BigInteger;

/** EIP-4844 blob gas: the per-blob gas and the blob base fee from a block's excess blob gas. */
public final class BlobGas {
    public static final long GAS_PER_BLOB = 131_072;
    private static final long CANCUN_UPDATE_FRACTION = 3_338_477;
    private static final long PRAGUE_UPDATE_FRACTION = 5_007_716;

    private BlobGas() {}

    /** The most blobs one transaction may carry: 6 in Cancun, 9 from Prague (EIP-7691). */
    public static int maxBlobsPerBlock(EthereumFork fork) {
        return fork.isAtLeast(EthereumFork.PRAGUE) ? 9 : 6;
    }

    /** {@code fake_exponential(1, excessBlobGas, updateFraction)} of EIP-4844. */
    public static UInt256 blobBaseFee(long excessBlobGas, EthereumFork fork) {
        BigInteger denominator = BigInteger.valueOf(fork.isAtLeast(EthereumFork.PRAGUE) ? PRAGUE_UPDATE_FRACTION
                : CANCUN_UPDATE_FRACTION);
        BigInteger numerator = new BigInteger(Long.toUnsignedString(excessBlobGas));
        BigInteger i = BigInteger.ONE;
        BigInteger output = BigInteger.ZERO;
        BigInteger acc = denominator;
        while (acc.signum() > 0) {
            output = output.add(acc);
            acc = acc.multiply(numerator).divide(denominator.multiply(i));
            i = i.add(BigInteger.ONE);
        }
        return UInt256.fromBigInteger(output.divide(denominator));
    }
}
