package io.kona4j.evm;

import io.kona4j.consensus.EthereumFork;

/**
 * Per-fork opcode tables, built cumulatively in the manner of Besu's fork layering: the static gas of every
 * opcode ({@code -1} = undefined in this fork), how many stack items it needs, and the most items the stack may
 * hold before it so that it does not overflow 1024. Dynamic gas (memory, warm/cold access, copies) is added by
 * the interpreter.
 */
final class OpcodeTable {
    final int[] staticGas = new int[256];
    final int[] minStack = new int[256];
    final int[] maxStack = new int[256];
    final String[] names = new String[256];

    private OpcodeTable() {
        java.util.Arrays.fill(staticGas, -1);
        java.util.Arrays.fill(maxStack, 1024);
    }

    private void def(int op, String name, int gas, int in, int out) {
        staticGas[op] = gas;
        names[op] = name;
        minStack[op] = in;
        maxStack[op] = 1024 - Math.max(0, out - in);
    }

    /** The table of {@code fork}: Paris's opcodes plus each later fork's additions, in order. */
    static OpcodeTable forFork(EthereumFork fork) {
        OpcodeTable t = new OpcodeTable();
        t.paris();
        if (fork.isAtLeast(EthereumFork.SHANGHAI)) t.shanghai();
        if (fork.isAtLeast(EthereumFork.CANCUN)) t.cancun();
        // Prague adds no opcode (EIP-7702 changes what CALL and friends execute, see Interpreter).
        if (fork.isAtLeast(EthereumFork.OSAKA)) t.osaka();
        return t;
    }

    /** EIP-3855. */
    private void shanghai() {
        def(0x5f, "PUSH0", 2, 0, 1);
    }

    /** EIP-4844, EIP-7516, EIP-1153, EIP-5656. */
    private void cancun() {
        def(0x49, "BLOBHASH", 3, 1, 1);
        def(0x4a, "BLOBBASEFEE", 2, 0, 1);
        def(0x5c, "TLOAD", 100, 1, 1);
        def(0x5d, "TSTORE", 100, 2, 0);
        def(0x5e, "MCOPY", 3, 3, 0);
    }

    /** EIP-7939: count leading zeros, 5 gas like MUL. */
    private void osaka() {
        def(0x1e, "CLZ", 5, 1, 1);
    }

    /** London + the Merge (Berlin access-list pricing; 0x44 is PREVRANDAO). */
    private void paris() {
        def(0x00, "STOP", 0, 0, 0);
        def(0x01, "ADD", 3, 2, 1);
        def(0x02, "MUL", 5, 2, 1);
        def(0x03, "SUB", 3, 2, 1);
        def(0x04, "DIV", 5, 2, 1);
        def(0x05, "SDIV", 5, 2, 1);
        def(0x06, "MOD", 5, 2, 1);
        def(0x07, "SMOD", 5, 2, 1);
        def(0x08, "ADDMOD", 8, 3, 1);
        def(0x09, "MULMOD", 8, 3, 1);
        def(0x0a, "EXP", 10, 2, 1);
        def(0x0b, "SIGNEXTEND", 5, 2, 1);
        def(0x10, "LT", 3, 2, 1);
        def(0x11, "GT", 3, 2, 1);
        def(0x12, "SLT", 3, 2, 1);
        def(0x13, "SGT", 3, 2, 1);
        def(0x14, "EQ", 3, 2, 1);
        def(0x15, "ISZERO", 3, 1, 1);
        def(0x16, "AND", 3, 2, 1);
        def(0x17, "OR", 3, 2, 1);
        def(0x18, "XOR", 3, 2, 1);
        def(0x19, "NOT", 3, 1, 1);
        def(0x1a, "BYTE", 3, 2, 1);
        def(0x1b, "SHL", 3, 2, 1);
        def(0x1c, "SHR", 3, 2, 1);
        def(0x1d, "SAR", 3, 2, 1);
        def(0x20, "KECCAK256", 30, 2, 1);
        def(0x30, "ADDRESS", 2, 0, 1);
        def(0x31, "BALANCE", 100, 1, 1);
        def(0x32, "ORIGIN", 2, 0, 1);
        def(0x33, "CALLER", 2, 0, 1);
        def(0x34, "CALLVALUE", 2, 0, 1);
        def(0x35, "CALLDATALOAD", 3, 1, 1);
        def(0x36, "CALLDATASIZE", 2, 0, 1);
        def(0x37, "CALLDATACOPY", 3, 3, 0);
        def(0x38, "CODESIZE", 2, 0, 1);
        def(0x39, "CODECOPY", 3, 3, 0);
        def(0x3a, "GASPRICE", 2, 0, 1);
        def(0x3b, "EXTCODESIZE", 100, 1, 1);
        def(0x3c, "EXTCODECOPY", 100, 4, 0);
        def(0x3d, "RETURNDATASIZE", 2, 0, 1);
        def(0x3e, "RETURNDATACOPY", 3, 3, 0);
        def(0x3f, "EXTCODEHASH", 100, 1, 1);
        def(0x40, "BLOCKHASH", 20, 1, 1);
        def(0x41, "COINBASE", 2, 0, 1);
        def(0x42, "TIMESTAMP", 2, 0, 1);
        def(0x43, "NUMBER", 2, 0, 1);
        def(0x44, "PREVRANDAO", 2, 0, 1);
        def(0x45, "GASLIMIT", 2, 0, 1);
        def(0x46, "CHAINID", 2, 0, 1);
        def(0x47, "SELFBALANCE", 5, 0, 1);
        def(0x48, "BASEFEE", 2, 0, 1);
        def(0x50, "POP", 2, 1, 0);
        def(0x51, "MLOAD", 3, 1, 1);
        def(0x52, "MSTORE", 3, 2, 0);
        def(0x53, "MSTORE8", 3, 2, 0);
        def(0x54, "SLOAD", 0, 1, 1);
        def(0x55, "SSTORE", 0, 2, 0);
        def(0x56, "JUMP", 8, 1, 0);
        def(0x57, "JUMPI", 10, 2, 0);
        def(0x58, "PC", 2, 0, 1);
        def(0x59, "MSIZE", 2, 0, 1);
        def(0x5a, "GAS", 2, 0, 1);
        def(0x5b, "JUMPDEST", 1, 0, 0);
        for (int i = 1; i <= 32; i++) def(0x5f + i, "PUSH" + i, 3, 0, 1);
        for (int i = 1; i <= 16; i++) def(0x7f + i, "DUP" + i, 3, i, i + 1);
        for (int i = 1; i <= 16; i++) def(0x8f + i, "SWAP" + i, 3, i + 1, i + 1);
        for (int i = 0; i <= 4; i++) def(0xa0 + i, "LOG" + i, 375 * (i + 1), i + 2, 0);
        def(0xf0, "CREATE", 32000, 3, 1);
        def(0xf1, "CALL", 100, 7, 1);
        def(0xf2, "CALLCODE", 100, 7, 1);
        def(0xf3, "RETURN", 0, 2, 0);
        def(0xf4, "DELEGATECALL", 100, 6, 1);
        def(0xf5, "CREATE2", 32000, 4, 1);
        def(0xfa, "STATICCALL", 100, 6, 1);
        def(0xfd, "REVERT", 0, 2, 0);
        def(0xfe, "INVALID", -1, 0, 0);
        names[0xfe] = "INVALID";
        def(0xff, "SELFDESTRUCT", 5000, 1, 0);
    }
}
