package io.kona4j.evm;

import io.kona4j.consensus.EthereumFork;

/**
 * The rule set the EVM runs under, in the manner of revm's {@code OpSpecId}: plain Ethereum forks (for the state
 * tests) next to the OP forks, each OP fork mapping to the Ethereum fork whose opcodes and gas it uses
 * (PROTOCOL.md §2.5). OP forks only change the precompile set and input limits; everything else follows
 * {@link #ethereumFork()}. A new fork (Osaka) is one constant here plus its entries in the opcode and gas tables.
 */
public enum SpecId {
    PARIS(EthereumFork.PARIS, false),
    SHANGHAI(EthereumFork.SHANGHAI, false),
    CANCUN(EthereumFork.CANCUN, false),
    PRAGUE(EthereumFork.PRAGUE, false),
    BEDROCK(EthereumFork.PARIS, true),
    REGOLITH(EthereumFork.PARIS, true),
    CANYON(EthereumFork.SHANGHAI, true),
    ECOTONE(EthereumFork.CANCUN, true),
    FJORD(EthereumFork.CANCUN, true),
    GRANITE(EthereumFork.CANCUN, true),
    HOLOCENE(EthereumFork.CANCUN, true),
    ISTHMUS(EthereumFork.PRAGUE, true),
    JOVIAN(EthereumFork.PRAGUE, true);

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

    /** The Ethereum spec for a fixture fork name ("Paris"/"Merge", "Shanghai", "Cancun", "Prague"), or null. */
    public static SpecId forTestName(String name) {
        return switch (name) {
            case "Paris", "Merge" -> PARIS;
            case "Shanghai" -> SHANGHAI;
            case "Cancun" -> CANCUN;
            case "Prague" -> PRAGUE;
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
