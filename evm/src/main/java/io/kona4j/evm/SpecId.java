package io.kona4j.evm;

import io.kona4j.consensus.EthereumFork;

/**
 * The rule set the EVM runs under, in the manner of revm's {@code OpSpecId}: plain Ethereum forks (for the state
 * tests and L1 execution) next to the OP forks, each OP fork mapping to the Ethereum fork whose opcodes and gas it
 * uses (PROTOCOL.md §2.5). OP forks otherwise only change the precompile set, input limits and transaction rules.
 * Each fork's hooks are local: its opcodes in {@code OpcodeTable.forFork}, its precompiles in
 * {@code PrecompileRegistry.forSpec}, its transaction rules in {@code L1TransactionProcessor} (e.g.
 * {@link #txGasLimitCap()}).
 *
 * <p>{@link #OSAKA} is L1 Osaka (Fusaka) as far as the EVM sees it: EIP-7939 {@code CLZ}, EIP-7823/7883 modexp,
 * EIP-7951 {@code P256VERIFY}, EIP-7825's transaction gas cap. {@link #KARST} is OP's Upgrade 19, which adopts
 * those EIPs on L2 (deposits exempt from the cap) and lowers the bn256Pairing input limit; it is not in the
 * reference OP specs snapshot, see {@code PrecompileRegistry#KARST_PAIRING_LIMIT} for the sources.
 */
public enum SpecId {
    PARIS(EthereumFork.PARIS, false),
    SHANGHAI(EthereumFork.SHANGHAI, false),
    CANCUN(EthereumFork.CANCUN, false),
    PRAGUE(EthereumFork.PRAGUE, false),
    OSAKA(EthereumFork.OSAKA, false),
    BEDROCK(EthereumFork.PARIS, true),
    REGOLITH(EthereumFork.PARIS, true),
    CANYON(EthereumFork.SHANGHAI, true),
    ECOTONE(EthereumFork.CANCUN, true),
    FJORD(EthereumFork.CANCUN, true),
    GRANITE(EthereumFork.CANCUN, true),
    HOLOCENE(EthereumFork.CANCUN, true),
    ISTHMUS(EthereumFork.PRAGUE, true),
    JOVIAN(EthereumFork.PRAGUE, true),
    KARST(EthereumFork.OSAKA, true);

    /** EIP-7825: the most gas a transaction may ask for from Osaka (2^24). */
    public static final long OSAKA_TX_GAS_LIMIT_CAP = 1L << 24;

    private final EthereumFork ethereumFork;
    private final boolean op;

    SpecId(EthereumFork ethereumFork, boolean op) {
        this.ethereumFork = ethereumFork;
        this.op = op;
    }

    /** The Ethereum fork whose opcodes, gas schedule and transaction rules apply. */
    public EthereumFork ethereumFork() {
        return ethereumFork;
    }

    /** Whether this is an OP Stack fork. */
    public boolean isOp() {
        return op;
    }

    /** Whether the Ethereum rules of {@code fork} are in force. */
    public boolean isEnabled(EthereumFork fork) {
        return ethereumFork.isAtLeast(fork);
    }

    /**
     * Whether the OP fork {@code opFork} is active: only OP specs can satisfy this, and they are declared in
     * activation order.
     */
    public boolean isOpAtLeast(SpecId opFork) {
        if (!opFork.op) throw new IllegalArgumentException(opFork + " is not an OP fork");
        return op && ordinal() >= opFork.ordinal();
    }

    /**
     * The most gas one (non-deposit) transaction may ask for under this spec (EIP-7825 from Osaka, and on OP from
     * Karst), or {@code Long.MAX_VALUE} for no cap beyond the block's.
     */
    public long txGasLimitCap() {
        return isEnabled(EthereumFork.OSAKA) ? OSAKA_TX_GAS_LIMIT_CAP : Long.MAX_VALUE;
    }

    /** The Ethereum spec for a fixture fork name ("Paris"/"Merge", "Shanghai", "Cancun", "Prague", "Osaka"), or null. */
    public static SpecId forTestName(String name) {
        return switch (name) {
            case "Paris", "Merge" -> PARIS;
            case "Shanghai" -> SHANGHAI;
            case "Cancun" -> CANCUN;
            case "Prague" -> PRAGUE;
            case "Osaka" -> OSAKA;
            default -> null;
        };
    }

    /** Parses a spec name case-insensitively (e.g. {@code cancun}, {@code isthmus}). */
    public static SpecId parse(String name) {
        for (SpecId s : values()) if (s.name().equalsIgnoreCase(name)) return s;
        if (name.equalsIgnoreCase("merge")) return PARIS;
        throw new EvmException("unknown fork '" + name + "'; known: " + java.util.Arrays.toString(values()));
    }
}
