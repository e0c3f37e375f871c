package io.kona4j.devnet;

import io.kona4j.primitives.Bytes;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/** A tiny EVM assembler for the devnet's own contracts: opcodes, pushes and two-byte jump labels. */
final class Asm {
    static final int STOP = 0x00, ADD = 0x01, MUL = 0x02, SUB = 0x03, LT = 0x10, GT = 0x11, EQ = 0x14, ISZERO = 0x15,
            AND = 0x16, OR = 0x17, SHL = 0x1b, SHR = 0x1c, KECCAK256 = 0x20, ADDRESS = 0x30, CALLER = 0x33,
            CALLVALUE = 0x34, CALLDATALOAD = 0x35, CALLDATASIZE = 0x36, CALLDATACOPY = 0x37, CODECOPY = 0x39,
            RETURNDATASIZE = 0x3d, RETURNDATACOPY = 0x3e, NUMBER = 0x43, POP = 0x50, MLOAD = 0x51, MSTORE = 0x52,
            SLOAD = 0x54, SSTORE = 0x55, JUMP = 0x56, JUMPI = 0x57, GAS = 0x5a, JUMPDEST = 0x5b, DUP1 = 0x80,
            DUP2 = 0x81, DUP3 = 0x82, SWAP1 = 0x90, LOG1 = 0xa1, CALL = 0xf1, RETURN = 0xf3, DELEGATECALL = 0xf4,
            STATICCALL = 0xfa, REVERT = 0xfd, BLOBBASEFEE = 0x4a, TLOAD = 0x5c, TSTORE = 0x5d, MCOPY = 0x5e,
            PUSH0 = 0x5f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<Integer, String> fixups = new HashMap<>();

    Asm op(int... ops) {
        for (int o : ops) out.write(o);
        return this;
    }

    /** PUSHn of the minimal big-endian bytes of {@code v} (PUSH1 0 for zero). */
    Asm push(long v) {
        byte[] b = new byte[8];
        Bytes.writeLongBE(v, b, 0);
        int i = 0;
        while (i < 7 && b[i] == 0) i++;
        return push(java.util.Arrays.copyOfRange(b, i, 8));
    }

    Asm push(byte[] data) {
        if (data.length < 1 || data.length > 32) throw new IllegalArgumentException("push of " + data.length + " bytes");
        out.write(0x5f + data.length);
        out.writeBytes(data);
        return this;
    }

    /** PUSH2 of a label's offset, resolved when the code is assembled. */
    Asm pushLabel(String label) {
        out.write(0x61);
        fixups.put(out.size(), label);
        out.write(0);
        out.write(0);
        return this;
    }

    Asm label(String name) {
        labels.put(name, out.size());
        out.write(JUMPDEST);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] assemble() {
        byte[] code = out.toByteArray();
        for (Map.Entry<Integer, String> f : fixups.entrySet()) {
            Integer at = labels.get(f.getValue());
            if (at == null) throw new IllegalStateException("undefined label " + f.getValue());
            code[f.getKey()] = (byte) (at >>> 8);
            code[f.getKey() + 1] = (byte) (int) at;
        }
        return code;
    }

    /** Init code that returns {@code runtime} as the deployed code: PUSH2 len, DUP1, PUSH2 13, PUSH1 0, CODECOPY,
     * PUSH1 0, RETURN (13 bytes), then the runtime. */
    static byte[] deployment(byte[] runtime) {
        int n = runtime.length;
        byte[] head = {0x61, (byte) (n >>> 8), (byte) n, (byte) DUP1, 0x61, 0, 13, 0x60, 0, (byte) CODECOPY, 0x60, 0,
            (byte) RETURN};
        return Bytes.concat(head, runtime);
    }
}
