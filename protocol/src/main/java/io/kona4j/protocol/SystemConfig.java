package io.kona4j.protocol;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.UInt256;
import java.util.Objects;

/**
 * The L1 {@code SystemConfig} contract's view as derivation carries it (PROTOCOL.md §1.10, kona's {@code SystemConfig}).
 * Fields added by later forks are {@code null} until set (by genesis, an L1 {@code ConfigUpdate} log or an L2 block).
 *
 * @param overhead Bedrock fee overhead; 0 once an Ecotone-format scalar is applied
 * @param scalar the raw 32-byte scalar word (Bedrock value, or Ecotone versioned encoding)
 * @param baseFeeScalar Ecotone u32
 * @param blobBaseFeeScalar Ecotone u32
 * @param eip1559Denominator Holocene u32 ({@code 0}/{@code null}: the chain's Canyon constants)
 * @param eip1559Elasticity Holocene u32
 * @param operatorFeeScalar Isthmus u32
 * @param operatorFeeConstant Isthmus u64
 * @param minBaseFee Jovian u64
 * @param daFootprintGasScalar Jovian u16
 */
public record SystemConfig(Address batcherAddress, UInt256 overhead, UInt256 scalar, long gasLimit, Long baseFeeScalar,
                           Long blobBaseFeeScalar, Long eip1559Denominator, Long eip1559Elasticity,
                           Long operatorFeeScalar, Long operatorFeeConstant, Long minBaseFee,
                           Integer daFootprintGasScalar) {
    public SystemConfig {
        Objects.requireNonNull(batcherAddress, "batcherAddress");
        Objects.requireNonNull(overhead, "overhead");
        Objects.requireNonNull(scalar, "scalar");
    }

    /** A Bedrock-era config: the four original fields, everything later unset. */
    public static SystemConfig bedrock(Address batcher, UInt256 overhead, UInt256 scalar, long gasLimit) {
        return new SystemConfig(batcher, overhead, scalar, gasLimit, null, null, null, null, null, null, null, null);
    }

    public SystemConfig withBatcherAddress(Address v) {
        return new SystemConfig(v, overhead, scalar, gasLimit, baseFeeScalar, blobBaseFeeScalar, eip1559Denominator,
                eip1559Elasticity, operatorFeeScalar, operatorFeeConstant, minBaseFee, daFootprintGasScalar);
    }

    public SystemConfig withFeeScalars(UInt256 newOverhead, UInt256 newScalar) {
        return new SystemConfig(batcherAddress, newOverhead, newScalar, gasLimit, baseFeeScalar, blobBaseFeeScalar,
                eip1559Denominator, eip1559Elasticity, operatorFeeScalar, operatorFeeConstant, minBaseFee,
                daFootprintGasScalar);
    }

    public SystemConfig withGasLimit(long v) {
        return new SystemConfig(batcherAddress, overhead, scalar, v, baseFeeScalar, blobBaseFeeScalar,
                eip1559Denominator, eip1559Elasticity, operatorFeeScalar, operatorFeeConstant, minBaseFee,
                daFootprintGasScalar);
    }

    public SystemConfig withEip1559Params(Long denominator, Long elasticity) {
        return new SystemConfig(batcherAddress, overhead, scalar, gasLimit, baseFeeScalar, blobBaseFeeScalar,
                denominator, elasticity, operatorFeeScalar, operatorFeeConstant, minBaseFee, daFootprintGasScalar);
    }

    public SystemConfig withOperatorFee(Long newScalar, Long newConstant) {
        return new SystemConfig(batcherAddress, overhead, scalar, gasLimit, baseFeeScalar, blobBaseFeeScalar,
                eip1559Denominator, eip1559Elasticity, newScalar, newConstant, minBaseFee, daFootprintGasScalar);
    }

    public SystemConfig withMinBaseFee(Long v) {
        return new SystemConfig(batcherAddress, overhead, scalar, gasLimit, baseFeeScalar, blobBaseFeeScalar,
                eip1559Denominator, eip1559Elasticity, operatorFeeScalar, operatorFeeConstant, v, daFootprintGasScalar);
    }

    public SystemConfig withDaFootprintGasScalar(Integer v) {
        return new SystemConfig(batcherAddress, overhead, scalar, gasLimit, baseFeeScalar, blobBaseFeeScalar,
                eip1559Denominator, eip1559Elasticity, operatorFeeScalar, operatorFeeConstant, minBaseFee, v);
    }

    /**
     * The 8-byte {@code eip1559Params} of the payload attributes for a block at {@code nextTimestamp} whose parent is
     * at {@code parentTimestamp}: {@code null} before Holocene, all zero on the first Holocene block (the engine then
     * uses the Canyon constants), else {@code denominator u32 BE ‖ elasticity u32 BE} (PROTOCOL.md §1.10; spec and
     * kona; a missing value counts as 0).
     */
    public byte[] eip1559Params(RollupConfig config, long parentTimestamp, long nextTimestamp) {
        if (!config.isHoloceneActive(nextTimestamp)) return null;
        byte[] out = new byte[8];
        if (!config.isHoloceneActive(parentTimestamp)) return out;
        long d = eip1559Denominator == null ? 0 : eip1559Denominator;
        long e = eip1559Elasticity == null ? 0 : eip1559Elasticity;
        Bytes.writeIntBE((int) d, out, 0);
        Bytes.writeIntBE((int) e, out, 4);
        return out;
    }
}
