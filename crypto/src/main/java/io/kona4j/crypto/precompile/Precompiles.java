package io.kona4j.crypto.precompile;

/**
 * The precompiled contracts, one factory each. Every contract follows {@link PrecompiledContract}: saturating gas,
 * {@code null} from {@code run} for an input the contract rejects (the call fails), never an exception. Per-fork input
 * size limits (OP's Granite/Isthmus/Jovian caps) are the EVM's business, not these contracts'.
 */
public final class Precompiles {
    private static final PrecompiledContract MODEXP_BYZANTIUM = new ModExp(ModExp.Pricing.BYZANTIUM);
    private static final PrecompiledContract MODEXP_BERLIN = new ModExp(ModExp.Pricing.BERLIN);
    private static final PrecompiledContract MODEXP_OSAKA = new ModExp(ModExp.Pricing.OSAKA);

    private Precompiles() {}

    /** 0x01: signer address of {@code hash ‖ v ‖ r ‖ s}; 3000 gas; an unrecoverable input gives an empty output. */
    public static PrecompiledContract ecrecover() {
        return EcRecover.INSTANCE;
    }

    /** 0x02: SHA-256; 60 + 12 per word. */
    public static PrecompiledContract sha256() {
        return HashPrecompile.SHA256;
    }

    /** 0x03: RIPEMD-160 left-padded to 32 bytes; 600 + 120 per word. */
    public static PrecompiledContract ripemd160() {
        return HashPrecompile.RIPEMD160;
    }

    /** 0x04: identity; 15 + 3 per word. */
    public static PrecompiledContract identity() {
        return HashPrecompile.IDENTITY;
    }

    /**
     * 0x05: modular exponentiation (EIP-198).
     *
     * @param eip2565 price with EIP-2565 (Berlin and later) instead of EIP-198's Byzantium formula
     */
    public static PrecompiledContract modexp(boolean eip2565) {
        return eip2565 ? MODEXP_BERLIN : MODEXP_BYZANTIUM;
    }

    /**
     * 0x05 as in L1 Osaka: EIP-7883 pricing and EIP-7823's 1024-byte bound on each length (no OP fork has adopted
     * either; for L1 execution and the Osaka vectors).
     */
    public static PrecompiledContract modexpOsaka() {
        return MODEXP_OSAKA;
    }

    /** 0x06: BN254 G1 addition (EIP-196); 150 gas. */
    public static PrecompiledContract bn254Add() {
        return Bn254Precompile.ADD;
    }

    /** 0x07: BN254 G1 scalar multiplication (EIP-196); 6000 gas. */
    public static PrecompiledContract bn254Mul() {
        return Bn254Precompile.MUL;
    }

    /** 0x08: BN254 pairing check (EIP-197); 45000 + 34000 per pair. */
    public static PrecompiledContract bn254Pairing() {
        return Bn254Precompile.PAIRING;
    }

    /** 0x09: BLAKE2b compression F (EIP-152); gas = rounds. */
    public static PrecompiledContract blake2f() {
        return Blake2FPrecompile.INSTANCE;
    }

    /** 0x…0100 P256VERIFY as on OP from Fjord (RIP-7212): 3450 gas; an empty output for anything but a valid signature. */
    public static PrecompiledContract p256Verify() {
        return P256Verify.RIP7212;
    }

    /** P256VERIFY as in L1 Osaka (EIP-7951 at 0x…0100): the same semantics at 6900 gas. */
    public static PrecompiledContract p256VerifyOsaka() {
        return P256Verify.OSAKA;
    }
}
