package io.kona4j.crypto.bls12381;

/**
 * The arithmetic behind the EIP-2537 precompiles that a native library can also provide: each method takes the
 * precompile's whole input, whose length the caller has already checked to be a positive multiple of the item size,
 * and returns the output or null for invalid input (encoding, curve or subgroup). Never throws.
 */
public interface Bls12381Backend {
    /** Two G1 points (256 bytes) → their sum (128 bytes); no subgroup check. */
    byte[] g1Add(byte[] input);

    /** k × (G1 point ‖ 32-byte scalar) → Σ kᵢ·Pᵢ; points must be in G1. */
    byte[] g1Msm(byte[] input);

    /** Two G2 points (512 bytes) → their sum (256 bytes); no subgroup check. */
    byte[] g2Add(byte[] input);

    /** k × (G2 point ‖ 32-byte scalar) → Σ kᵢ·Pᵢ; points must be in G2. */
    byte[] g2Msm(byte[] input);

    /** k × (G1 point ‖ G2 point) → 32 bytes, 1 when ∏ e(Pᵢ, Qᵢ) = 1, else 0; points must be in their subgroups. */
    byte[] pairing(byte[] input);

    /** A short name for reports and benchmarks. */
    String name();
}
