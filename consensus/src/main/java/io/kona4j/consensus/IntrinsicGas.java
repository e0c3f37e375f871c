package io.kona4j.consensus;

import java.util.List;

/**
 * The gas a transaction pays before any code runs, per fork, as a pure function of its fields.
 *
 * <ul>
 *   <li>21,000 per transaction; 53,000 for contract creation from Homestead;
 *   <li>call data: 4 per zero byte; 68 per non-zero byte, 16 from Istanbul (EIP-2028);
 *   <li>access list: 2,400 per address and 1,900 per storage key (EIP-2930, Berlin);
 *   <li>init code: 2 per 32-byte word from Shanghai (EIP-3860);
 *   <li>authorizations: 25,000 each (EIP-7702, Prague).
 * </ul>
 * From Prague the transaction must also cover the EIP-7623 floor {@code 21,000 + 10 · tokens}, with
 * {@code tokens = zeroBytes + 4 · nonZeroBytes}; {@link #floorGas()} is 0 before Prague. Deposits are metered the
 * same way (PROTOCOL.md §2.1).
 *
 * @param gas the intrinsic gas
 * @param floorGas the EIP-7623 floor (0 before Prague); the gas limit must be at least {@code max(gas, floorGas)}
 */
public record IntrinsicGas(long gas, long floorGas) {
    public static final long TX_GAS = 21_000;
    public static final long TX_CREATE_GAS = 53_000;
    public static final long ZERO_BYTE_GAS = 4;
    public static final long NON_ZERO_BYTE_GAS_FRONTIER = 68;
    public static final long NON_ZERO_BYTE_GAS_ISTANBUL = 16;
    public static final long ACCESS_LIST_ADDRESS_GAS = 2_400;
    public static final long ACCESS_LIST_STORAGE_KEY_GAS = 1_900;
    public static final long INITCODE_WORD_GAS = 2;
    public static final long PER_AUTHORIZATION_GAS = 25_000;
    public static final long TOTAL_COST_FLOOR_PER_TOKEN = 10;
    /** EIP-3860: the largest init code a creation may carry from Shanghai. */
    public static final int MAX_INITCODE_SIZE = 49_152;

    /** The larger of the intrinsic gas and the floor: the least gas limit the transaction may declare. */
    public long minimumGasLimit() {
        return Math.max(gas, floorGas);
    }

    /** Intrinsic gas of {@code tx} under {@code fork}'s rules. */
    public static IntrinsicGas of(Transaction tx, EthereumFork fork) {
        return of(tx.input(), tx.isCreate(), tx.accessList(), tx.authorizationList().size(), fork);
    }

    /** Intrinsic gas from the fields it depends on. */
    public static IntrinsicGas of(byte[] input, boolean isCreate, List<AccessListEntry> accessList,
                                  int authorizationCount, EthereumFork fork) {
        long gas = isCreate && fork.isAtLeast(EthereumFork.HOMESTEAD) ? TX_CREATE_GAS : TX_GAS;
        long zeros = 0;
        for (byte b : input) if (b == 0) zeros++;
        long nonZeros = input.length - zeros;
        long nonZeroCost = fork.isAtLeast(EthereumFork.ISTANBUL) ? NON_ZERO_BYTE_GAS_ISTANBUL : NON_ZERO_BYTE_GAS_FRONTIER;
        gas += zeros * ZERO_BYTE_GAS + nonZeros * nonZeroCost;
        if (isCreate && fork.isAtLeast(EthereumFork.SHANGHAI)) gas += INITCODE_WORD_GAS * ((input.length + 31L) / 32);
        for (AccessListEntry e : accessList) {
            gas += ACCESS_LIST_ADDRESS_GAS + ACCESS_LIST_STORAGE_KEY_GAS * e.storageKeys().size();
        }
        gas += PER_AUTHORIZATION_GAS * authorizationCount;
        long floor = 0;
        if (fork.isAtLeast(EthereumFork.PRAGUE)) floor = TX_GAS + TOTAL_COST_FLOOR_PER_TOKEN * (zeros + 4 * nonZeros);
        return new IntrinsicGas(gas, floor);
    }
}
