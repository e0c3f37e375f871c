package io.kona4j.consensus;

import java.util.Locale;

/**
 * Ethereum (L1) hard forks in activation order, as far as the data model and intrinsic gas depend on them. OP forks
 * map onto these: Bedrock/Regolith → {@link #LONDON} (with the Merge, {@link #PARIS}), Canyon → {@link #SHANGHAI},
 * Ecotone → {@link #CANCUN}, Isthmus → {@link #PRAGUE} (PROTOCOL.md §2.5).
 */
public enum EthereumFork {
    FRONTIER, HOMESTEAD, TANGERINE_WHISTLE, SPURIOUS_DRAGON, BYZANTIUM, CONSTANTINOPLE, PETERSBURG, ISTANBUL,
    BERLIN, LONDON, PARIS, SHANGHAI, CANCUN, PRAGUE, OSAKA;

    public boolean isAtLeast(EthereumFork other) {
        return compareTo(other) >= 0;
    }

    /** Parses the names used by the ethereum/tests and EEST fixtures ("EIP150", "ConstantinopleFix", "Merge", …). */
    public static EthereumFork fromTestName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "frontier" -> FRONTIER;
            case "homestead" -> HOMESTEAD;
            case "eip150", "tangerinewhistle" -> TANGERINE_WHISTLE;
            case "eip158", "spuriousdragon" -> SPURIOUS_DRAGON;
            case "byzantium" -> BYZANTIUM;
            case "constantinople" -> CONSTANTINOPLE;
            case "constantinoplefix", "petersburg" -> PETERSBURG;
            case "istanbul" -> ISTANBUL;
            case "berlin" -> BERLIN;
            case "london" -> LONDON;
            case "paris", "merge" -> PARIS;
            case "shanghai" -> SHANGHAI;
            case "cancun" -> CANCUN;
            case "prague" -> PRAGUE;
            case "osaka" -> OSAKA;
            default -> throw new ConsensusException("unknown fork name '" + name + "'");
        };
    }

    /** Whether transactions of {@code type} exist in this fork (deposits are OP-only and never L1-valid). */
    public boolean supports(TxType type) {
        return switch (type) {
            case LEGACY -> true;
            case EIP2930 -> isAtLeast(BERLIN);
            case EIP1559 -> isAtLeast(LONDON);
            case EIP4844 -> isAtLeast(CANCUN);
            case EIP7702 -> isAtLeast(PRAGUE);
            case DEPOSIT -> false;
        };
    }
}
