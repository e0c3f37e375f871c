package io.kona4j.evm.tracing;

import java.io.PrintStream;

/**
 * EIP-3155 tracer: one JSON object per executed opcode ({@code pc, op, gas, gasCost, memSize, stack, depth,
 * refund, opName}), as geth's and evmone's {@code --json} traces write them.
 */
public final class StandardJsonTracer implements OperationTracer {
    private final PrintStream out;

    public StandardJsonTracer(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStep(int pc, int opcode, String opName, long gas, long gasCost, int depth, long refund,
                       long[] stack, int stackItems, long memorySize) {
        StringBuilder b = new StringBuilder(128);
        b.append("{\"pc\":").append(pc).append(",\"op\":").append(opcode)
                .append(",\"gas\":\"0x").append(Long.toHexString(gas)).append('"')
                .append(",\"gasCost\":\"0x").append(Long.toHexString(gasCost)).append('"')
                .append(",\"memSize\":").append(memorySize).append(",\"stack\":[");
        for (int i = 0; i < stackItems; i++) {
            if (i > 0) b.append(',');
            b.append('"').append(hex(stack, i * 4)).append('"');
        }
        b.append("],\"depth\":").append(depth).append(",\"refund\":").append(refund)
                .append(",\"opName\":\"").append(opName == null ? "INVALID" : opName).append("\"}");
        out.println(b);
    }

    @Override
    public void onFrameEnd(int depth, long gasLeft, byte[] output, String error) {
        if (depth != 1) return;
        StringBuilder b = new StringBuilder();
        b.append("{\"output\":\"").append(io.kona4j.primitives.Hex.encodeNoPrefix(output)).append("\",\"gasLeft\":\"0x")
                .append(Long.toHexString(gasLeft)).append('"');
        if (error != null) b.append(",\"error\":\"").append(error).append('"');
        out.println(b.append('}'));
    }

    private static String hex(long[] s, int i) {
        StringBuilder b = new StringBuilder("0x");
        boolean started = false;
        for (int k = 3; k >= 0; k--) {
            long limb = s[i + k];
            if (!started) {
                if (limb == 0 && k > 0) continue;
                b.append(Long.toHexString(limb));
                started = true;
            } else {
                String h = Long.toHexString(limb);
                b.append("0".repeat(16 - h.length())).append(h);
            }
        }
        return b.toString();
    }
}
