package io.kona4j.protocol;

/**
 * What derivation needs of the L1 chain: its id and the activation times of the forks that change blob parameters
 * (Cancun, Prague, Osaka, BPO1, BPO2), each {@code null} if not scheduled, with the parameters each one sets
 * (PROTOCOL.md §1.10 blob base fee table).
 */
public record L1ChainConfig(long chainId, Long cancunTime, Long pragueTime, Long osakaTime, Long bpo1Time, Long bpo2Time,
                            BlobParams cancun, BlobParams prague, BlobParams osaka, BlobParams bpo1, BlobParams bpo2) {
    /** Ethereum mainnet (fork times as PROTOCOL.md §1.10 lists them). */
    public static final L1ChainConfig MAINNET = standard(1, 1710338135L, 1746612311L, 1764798551L, 1765290071L,
            1767747671L);
    /** Sepolia (fork times from go-ethereum {@code params/config.go} {@code SepoliaChainConfig}). */
    public static final L1ChainConfig SEPOLIA = standard(11155111, 1706655072L, 1741159776L, 1760427360L, 1761017184L,
            1761607008L);

    /** The public chains' blob schedule with the given activation times. */
    public static L1ChainConfig standard(long chainId, Long cancun, Long prague, Long osaka, Long bpo1, Long bpo2) {
        return new L1ChainConfig(chainId, cancun, prague, osaka, bpo1, bpo2, BlobParams.CANCUN, BlobParams.PRAGUE,
                BlobParams.OSAKA, BlobParams.BPO1, BlobParams.BPO2);
    }

    /** The built-in config of L1 chain {@code chainId}, or {@code null} if kona4j has none. */
    public static L1ChainConfig byChainId(long chainId) {
        if (chainId == MAINNET.chainId) return MAINNET;
        if (chainId == SEPOLIA.chainId) return SEPOLIA;
        return null;
    }

    /**
     * The blob parameters in force at L1 time {@code l1Time} for a rollup following {@code rollup}; Cancun's before
     * any later fork (a pre-Cancun header has no excess blob gas, so its blob base fee is 1 whatever the fraction). The latest activated of BPO2, BPO1, Osaka, Prague wins; Prague's fraction only applies to a chain
     * with a {@code pectra_blob_schedule_time} once that time is reached by the L1 origin (the Sepolia incident of
     * 2025-03-05, kona {@code L1BlockInfoTx::try_new}, op-node {@code L1InfoDeposit}).
     */
    public BlobParams blobParamsAt(long l1Time, RollupConfig rollup) {
        if (bpo2Time != null && l1Time >= bpo2Time) return bpo2;
        if (bpo1Time != null && l1Time >= bpo1Time) return bpo1;
        if (osakaTime != null && l1Time >= osakaTime) return osaka;
        if (pragueTime != null && l1Time >= pragueTime) {
            Long pectra = rollup.hardForks().pectraBlobSchedule();
            if (pectra == null || l1Time >= pectra) return prague;
            return cancun;
        }
        return cancun;
    }
}
