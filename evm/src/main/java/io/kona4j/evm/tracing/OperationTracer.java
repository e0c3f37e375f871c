package io.kona4j.evm.tracing;

/**
 * Hooks the interpreter calls while it runs. The interpreter compares the tracer with {@link #NO_TRACING} by
 * identity once per frame, so running without a tracer costs nothing per opcode.
 */
public interface OperationTracer {
    /** The tracer that traces nothing. */
    OperationTracer NO_TRACING = new OperationTracer() {};

    /**
     * Before each opcode executes.
     *
     * @param stack the operand stack, four limbs per item least significant first; valid only during the call
     * @param stackItems items on the stack
     * @param gasCost the opcode's static gas (dynamic costs follow from the next step's {@code gas})
     * @param returnData the frame's last return data (of its latest call or creation); not to be modified
     */
    default void onStep(int pc, int opcode, String opName, long gas, long gasCost, int depth, long refund,
                        long[] stack, int stackItems, long memorySize, byte[] returnData) {}

    /** A frame ended; {@code error} names the halt reason or is null. */
    default void onFrameEnd(int depth, long gasLeft, byte[] output, String error) {}
}
