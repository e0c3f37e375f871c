package io.kona4j.crypto.kzg;

import io.kona4j.crypto.Sha256;
import io.kona4j.crypto.bls12381.CompressedPoints;
import io.kona4j.crypto.bls12381.G1Point;
import io.kona4j.crypto.bls12381.G1SubgroupPoint;
import io.kona4j.crypto.bls12381.G2Point;
import io.kona4j.crypto.bls12381.Pairing;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.primitives.Hex;
import java.security.MessageDigest;

/**
 * The EIP-4844 point evaluation precompile (0x0a): input versioned_hash ‖ z ‖ y ‖ commitment ‖ proof (192 bytes);
 * checks that the commitment hashes to the versioned hash, that z and y are field elements (below BLS_MODULUS) and
 * that the proof opens the commitment to y at z, e(C − [y]G1, G2) = e(π, [τ]G2 − [z]G2); the output is
 * FIELD_ELEMENTS_PER_BLOB ‖ BLS_MODULUS as two 32-byte words. Pure Java over {@link Pairing}, with both G2 arguments
 * fixed and prepared once: the check runs as e(C − [y]G1 + [z]π, G2) · e(−π, [τ]G2) = 1.
 */
public final class KzgPointEvaluation implements PrecompiledContract {
    public static final KzgPointEvaluation INSTANCE = new KzgPointEvaluation();

    public static final long GAS = 50_000;
    public static final int FIELD_ELEMENTS_PER_BLOB = 4096;
    public static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

    /** BLS_MODULUS, the order r of the scalar field, big-endian. */
    static final byte[] BLS_MODULUS =
            Hex.decode("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");

    /**
     * [τ]G2 of the mainnet KZG ceremony, compressed: g2_monomial[1], line 4100 of ethereum/c-kzg-4844
     * src/trusted_setup.txt (also in consensus-specs presets/mainnet/trusted_setups/trusted_setup_4096.json).
     */
    static final byte[] TAU_G2_COMPRESSED = Hex.decode("b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d"
            + "2914e5870cb452d2afaaab24f3499f72185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de62"
            + "1000edc98edada20c1def2");

    private static final Pairing.Prepared G2_GENERATOR = Pairing.prepare(G2Point.GENERATOR);
    private static final Pairing.Prepared TAU_G2 = Pairing.prepare(CompressedPoints.decodeG2(TAU_G2_COMPRESSED, 0));

    private static final byte[] RESULT = new byte[64];

    static {
        RESULT[30] = (byte) (FIELD_ELEMENTS_PER_BLOB >>> 8);
        RESULT[31] = (byte) FIELD_ELEMENTS_PER_BLOB;
        System.arraycopy(BLS_MODULUS, 0, RESULT, 32, 32);
    }

    private KzgPointEvaluation() {}

    @Override
    public long gas(byte[] input) {
        return GAS;
    }

    @Override
    public byte[] run(byte[] input) {
        if (input.length != 192) {
            return null;
        }
        byte[] hash = Sha256.digest(input, 96, 48);
        hash[0] = VERSIONED_HASH_VERSION_KZG;
        if (!MessageDigest.isEqual(hash, java.util.Arrays.copyOfRange(input, 0, 32))) {
            return null;
        }
        if (!isFieldElement(input, 32) || !isFieldElement(input, 64)) {
            return null;
        }
        if (!verifyKzgProof(input, 96, input, 32, input, 64, input, 144)) {
            return null;
        }
        return RESULT.clone();
    }

    /**
     * verify_kzg_proof of the consensus specs: commitment and proof are 48-byte compressed G1 points, z and y
     * 32-byte big-endian field elements (the caller has checked them below BLS_MODULUS). False for any point that
     * does not decode or lies outside G1.
     */
    public static boolean verifyKzgProof(byte[] c, int cOff, byte[] z, int zOff, byte[] y, int yOff, byte[] pi,
            int piOff) {
        G1Point commitment = CompressedPoints.decodeG1(c, cOff);
        G1SubgroupPoint proof = commitment == null ? null : CompressedPoints.decodeG1InSubgroup(pi, piOff);
        if (proof == null) {
            return false;
        }
        // [z]π − [y]G1 in one joint walk (shared doublings), then + C.
        G1Point lhs = commitment.add(proof.mulMinusGenerator(z, zOff, y, yOff));
        return Pairing.pairingCheck(new G1Point[] {lhs, proof.point().neg()},
                new Pairing.Prepared[] {G2_GENERATOR, TAU_G2});
    }

    /** Whether the 32-byte big-endian value at {@code off} is below BLS_MODULUS. */
    static boolean isFieldElement(byte[] b, int off) {
        for (int i = 0; i < 32; i++) {
            int v = b[off + i] & 0xff;
            int m = BLS_MODULUS[i] & 0xff;
            if (v != m) {
                return v < m;
            }
        }
        return false;
    }
}
