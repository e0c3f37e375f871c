package io.kona4j.protocol.sysconfig;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.EcotoneScalars;
import io.kona4j.protocol.SystemConfig;
import java.util.Objects;

/**
 * One decoded {@code ConfigUpdate} (PROTOCOL.md §1.10 table), applied to a {@link SystemConfig} with
 * {@link #apply(SystemConfig, boolean)}.
 */
public sealed interface SystemConfigUpdate {
    int BATCHER = 0;
    int FEE_SCALARS = 1;
    int GAS_LIMIT = 2;
    int UNSAFE_BLOCK_SIGNER = 3;
    int EIP_1559_PARAMS = 4;
    int OPERATOR_FEE_PARAMS = 5;
    int MIN_BASE_FEE = 6;
    int DA_FOOTPRINT_GAS_SCALAR = 7;

    /** The update type number (topic 2 of the log). */
    int type();

    /**
     * The config after this update. {@code ecotoneActive} is the L2 Ecotone rule evaluated at the <em>L1</em> block's
     * timestamp, as op-node does.
     */
    SystemConfig apply(SystemConfig config, boolean ecotoneActive);

    /** Type 0: a new batcher address. */
    record Batcher(Address batcher) implements SystemConfigUpdate {
        public Batcher {
            Objects.requireNonNull(batcher, "batcher");
        }

        public int type() {
            return BATCHER;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withBatcherAddress(batcher);
        }
    }

    /**
     * Type 1: overhead and scalar. Before Ecotone both are taken as given. After Ecotone an unreadable scalar (bad
     * version or padding) is ignored and the old config kept; otherwise the scalar is stored and the overhead zeroed
     * (op-node {@code ProcessSystemConfigUpdateLogEvent}).
     */
    record FeeScalars(UInt256 overhead, UInt256 scalar) implements SystemConfigUpdate {
        public FeeScalars {
            Objects.requireNonNull(overhead, "overhead");
            Objects.requireNonNull(scalar, "scalar");
        }

        public int type() {
            return FEE_SCALARS;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            if (!ecotoneActive) return c.withFeeScalars(overhead, scalar);
            if (!EcotoneScalars.isValidUpdate(scalar.toBytes32())) return c;
            return c.withFeeScalars(UInt256.ZERO, scalar);
        }
    }

    /** Type 2: the L2 block gas limit. */
    record GasLimit(long gasLimit) implements SystemConfigUpdate {
        public int type() {
            return GAS_LIMIT;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withGasLimit(gasLimit);
        }
    }

    /** Type 3: the unsafe block signer, which derivation ignores. */
    record UnsafeBlockSigner() implements SystemConfigUpdate {
        public int type() {
            return UNSAFE_BLOCK_SIGNER;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c;
        }
    }

    /** Type 4 (Holocene): EIP-1559 denominator and elasticity, u32 each. */
    record Eip1559Params(long denominator, long elasticity) implements SystemConfigUpdate {
        public int type() {
            return EIP_1559_PARAMS;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withEip1559Params(denominator, elasticity);
        }
    }

    /** Type 5 (Isthmus): operator fee scalar (u32) and constant (u64). */
    record OperatorFeeParams(long scalar, long constant) implements SystemConfigUpdate {
        public int type() {
            return OPERATOR_FEE_PARAMS;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withOperatorFee(scalar, constant);
        }
    }

    /** Type 6 (Jovian): minimum base fee. */
    record MinBaseFee(long minBaseFee) implements SystemConfigUpdate {
        public int type() {
            return MIN_BASE_FEE;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withMinBaseFee(minBaseFee);
        }
    }

    /** Type 7 (Jovian): DA footprint gas scalar (u16). */
    record DaFootprintGasScalar(int scalar) implements SystemConfigUpdate {
        public int type() {
            return DA_FOOTPRINT_GAS_SCALAR;
        }

        public SystemConfig apply(SystemConfig c, boolean ecotoneActive) {
            return c.withDaFootprintGasScalar(scalar);
        }
    }
}
