package io.kona4j.evm.tracing;

import java.io.PrintStream;

/**
 * EIP-3155 tracer: one JSON object per executed opcode with the required fields ({@code pc, op, gas, gasCost,
 * memSize, stack, depth, returnData, refund}) and {@code opName}, then one {@code output, gasLeft[, error]} line when
 * the outermost frame ends (the state-test runner adds the summary with {@code stateRoot}, {@code gasUsed},
 * {@code pass}).
 */
public final class StandardJsonTracer implements OperationTracer {
    private final PrintStream out;

    public StandardJsonTracer(PrintStream out) {
        this.out = out;
    }

    /** The previous step, printed once the next event shows what it cost. */
    private StringBuilder pending;
    private long pendingGas;
    private long pendingStaticCost;
    private int pendingDepth;
    private int pendingTail;

    @Override
    public void onStep(int pc, int opcode, String opName, long gas, long gasCost, int depth, long refund,
                       long[] stack, int stackItems, long memorySize, byte[] returnData) {
        flush(depth == pendingDepth ? pendingGas - gas : pendingStaticCost);
        StringBuilder b = new StringBuilder(128);
        b.append("{\"pc\":").append(pc).append(",\"op\":").append(opcode)
                .append(",\"gas\":\"0x").append(Long.toHexString(gas)).append('"')
                .append(",\"gasCost\":\"0x");
        pendingTail = b.length();
        b.append("\",\"memSize\":").append(memorySize).append(",\"stack\":[");
        for (int i = 0; i < stackItems; i++) {
            if (i > 0) b.append(',');
            b.append('"').append(hex(stack, i * 4)).append('"');
        }
        b.append("],\"depth\":").append(depth).append(",\"returnData\":\"")
                .append(io.kona4j.primitives.Hex.encode(returnData)).append("\",\"refund\":\"0x")
                .append(Long.toHexString(refund)).append('"')
                .append(",\"opName\":\"").append(opName == null ? "INVALID" : opName).append("\"}");
        pending = b;
        pendingGas = gas;
        pendingStaticCost = gasCost;
        pendingDepth = depth;
    }

    /**
     * Prints the pending step with its cost: the gas difference to the next step of the same frame, or its static
     * cost when the next event is in another frame (calls and creations).
     */
    private void flush(long cost) {
        if (pending == null) return;
        pending.insert(pendingTail, Long.toHexString(Math.max(0, cost)));
        out.println(pending);
        pending = null;
    }

    @Override
    public void onFrameEnd(int depth, long gasLeft, byte[] output, String error) {
        flush(depth == pendingDepth && error == null ? pendingGas - gasLeft : pendingStaticCost);
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
