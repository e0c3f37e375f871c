package io.kona4j.evm;

/** Why a frame stopped exceptionally: all its gas is consumed and its state changes are reverted. */
public enum HaltReason {
    OUT_OF_GAS,
    STACK_UNDERFLOW,
    STACK_OVERFLOW,
    INVALID_OPCODE,
    INVALID_JUMP,
    STATIC_STATE_CHANGE,
    RETURN_DATA_OUT_OF_BOUNDS,
    CALL_DEPTH_EXCEEDED,
    INSUFFICIENT_BALANCE,
    NONCE_OVERFLOW,
    CREATE_COLLISION,
    CODE_SIZE_EXCEEDED,
    INVALID_CODE_PREFIX,
    INITCODE_SIZE_EXCEEDED,
    PRECOMPILE_FAILURE
}
