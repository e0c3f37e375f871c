package io.kona4j.protocol;

import io.kona4j.primitives.UInt256;
import java.math.BigInteger;

/**
 * An L1 fork's blob gas parameters (EIP-4844, EIP-7691, EIP-7892 BPO forks): target and max blobs per block and the
 * base fee update fraction. {@link #blobBaseFee(long)} is EIP-4844's {@code fake_exponential(1, excess, fraction)}.
 */
public record BlobParams(int target, int max, long updateFraction) {
    public static final BlobParams CANCUN = new BlobParams(3, 6, 3_338_477);
    public static final BlobParams PRAGUE = new BlobParams(6, 9, 5_007_716);
    public static final BlobParams OSAKA = PRAGUE;
    public static final BlobParams BPO1 = new BlobParams(10, 15, 8_346_193);
    public static final BlobParams BPO2 = new BlobParams(14, 21, 11_684_671);

    /** Minimum blob base fee (EIP-4844 {@code MIN_BASE_FEE_PER_BLOB_GAS}). */
    public static final long MIN_BLOB_BASE_FEE = 1;

    public BlobParams {
        if (target < 0 || max < target || updateFraction <= 0) {
            throw new RollupConfigException("invalid blob parameters: target " + target + ", max " + max
                    + ", update fraction " + updateFraction);
        }
    }

    /**
     * {@code fake_exponential(1, excessBlobGas, updateFraction)}: the blob base fee in wei, for an unsigned 64-bit excess. Computed once per L1 block,
     * so arbitrary precision is acceptable here; the loop ends after about {@code e · excess / fraction} rounds.
     */
    public UInt256 blobBaseFee(long excessBlobGas) {
        BigInteger factor = BigInteger.ONE;
        BigInteger numerator = new BigInteger(Long.toUnsignedString(excessBlobGas));
        BigInteger denominator = BigInteger.valueOf(updateFraction);
        BigInteger output = BigInteger.ZERO;
        BigInteger accum = factor.multiply(denominator);
        for (int i = 1; accum.signum() > 0; i++) {
            output = output.add(accum);
            accum = accum.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
            if (output.bitLength() > 256) {
                throw new ProtocolException("blob base fee for excess blob gas " + Long.toUnsignedString(excessBlobGas)
                        + " exceeds 256 bits");
            }
        }
        return UInt256.fromBigInteger(output.divide(denominator));
    }
}
