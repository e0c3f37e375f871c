package io.kona4j.evm;

/**
 * Analysed bytecode: the code padded with 33 zero bytes (so a truncated PUSH reads zeros and running off the end
 * reads STOP without bounds checks) and a bitmap of valid JUMPDEST positions. Immutable; cached by code hash.
 */
final class Code {
    static final Code EMPTY = new Code(new byte[0]);

    final byte[] bytes;
    final int length;
    private final long[] jumpdests;

    Code(byte[] code) {
        length = code.length;
        bytes = new byte[code.length + 33];
        System.arraycopy(code, 0, bytes, 0, code.length);
        jumpdests = new long[(code.length >>> 6) + 1];
        for (int pc = 0; pc < code.length; pc++) {
            int op = code[pc] & 0xff;
            if (op == 0x5b) jumpdests[pc >>> 6] |= 1L << (pc & 63);
            else if (op >= 0x60 && op <= 0x7f) pc += op - 0x5f;
        }
    }

    boolean isJumpdest(long dest) {
        return dest >= 0 && dest < length && (jumpdests[(int) (dest >>> 6)] & (1L << (dest & 63))) != 0;
    }

    /** The original code bytes (a copy). */
    byte[] original() {
        return java.util.Arrays.copyOf(bytes, length);
    }
}
