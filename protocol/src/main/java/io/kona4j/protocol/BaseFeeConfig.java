package io.kona4j.protocol;

/**
 * The chain's EIP-1559 constants (kona's {@code chain_op_config}, the registry's {@code [optimism]} table):
 * elasticity, denominator before Canyon, denominator from Canyon (PROTOCOL.md §2.4).
 */
public record BaseFeeConfig(long eip1559Elasticity, long eip1559Denominator, long eip1559DenominatorCanyon) {
    /** OP Mainnet, OP Sepolia and Base: elasticity 6, denominator 50, Canyon denominator 250. */
    public static final BaseFeeConfig OPTIMISM = new BaseFeeConfig(6, 50, 250);

    public BaseFeeConfig {
        if (eip1559Elasticity <= 0 || eip1559Denominator <= 0 || eip1559DenominatorCanyon <= 0) {
            throw new RollupConfigException("EIP-1559 elasticity and denominators must be positive, got elasticity "
                    + eip1559Elasticity + ", denominator " + eip1559Denominator + ", Canyon denominator "
                    + eip1559DenominatorCanyon);
        }
    }
}
