package io.kona4j.host.single;

import io.kona4j.crypto.bls12381.Bls12381Precompiles;
import io.kona4j.crypto.kzg.KzgPointEvaluation;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.crypto.precompile.Precompiles;
import io.kona4j.primitives.Address;

import java.util.Map;

/**
 * The precompiles a client may ask the host to run (kona-host's {@code ACCELERATED_PRECOMPILES}): ecrecover,
 * BN254 pairing (Istanbul pricing), KZG point evaluation and the seven BLS12-381 precompiles. The answer is kona's
 * {@code l1-precompile} result: {@code 0x01 ‖ output} on success, the single byte {@code 0x00} when the call fails
 * (input rejected, more gas needed than the hint allows, or an address not in the list).
 */
public final class AcceleratedPrecompiles {
    private static final byte SUCCESS = 0x01;
    private static final byte FAILURE = 0x00;

    private static final Map<Address, PrecompiledContract> CONTRACTS = Map.ofEntries(
            Map.entry(at(0x01), Precompiles.ecrecover()),
            Map.entry(at(0x08), Precompiles.bn254Pairing()),
            Map.entry(at(0x0a), KzgPointEvaluation.INSTANCE),
            Map.entry(at(0x0b), Bls12381Precompiles.g1Add()),
            Map.entry(at(0x0c), Bls12381Precompiles.g1Msm()),
            Map.entry(at(0x0d), Bls12381Precompiles.g2Add()),
            Map.entry(at(0x0e), Bls12381Precompiles.g2Msm()),
            Map.entry(at(0x0f), Bls12381Precompiles.pairing()),
            Map.entry(at(0x10), Bls12381Precompiles.mapFpToG1()),
            Map.entry(at(0x11), Bls12381Precompiles.mapFp2ToG2()));

    private AcceleratedPrecompiles() {}

    /** Runs the precompile at {@code address} on {@code input} with {@code gasLimit} gas: status byte ‖ output. */
    public static byte[] execute(Address address, byte[] input, long gasLimit) {
        PrecompiledContract c = CONTRACTS.get(address);
        if (c == null || Long.compareUnsigned(c.gas(input), gasLimit) > 0) return new byte[] {FAILURE};
        byte[] out = c.run(input);
        if (out == null) return new byte[] {FAILURE};
        byte[] result = new byte[1 + out.length];
        result[0] = SUCCESS;
        System.arraycopy(out, 0, result, 1, out.length);
        return result;
    }

    /** Whether the host runs the precompile at {@code address}. */
    public static boolean isAccelerated(Address address) {
        return CONTRACTS.containsKey(address);
    }

    private static Address at(int low) {
        byte[] b = new byte[Address.SIZE];
        b[Address.SIZE - 1] = (byte) low;
        return Address.of(b);
    }
}
