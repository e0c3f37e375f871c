package io.kona4j.proof.precompile;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.Evm;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.precompile.PrecompileRegistry;
import io.kona4j.preimage.HintWriterClient;
import io.kona4j.preimage.PreimageOracleClient;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The precompile set of the fault-proof client (Kona's {@code OpFpvmPrecompiles}): the fork's native set with the
 * accelerated ones replaced by {@link AcceleratedPrecompile}s. Accelerated, as in Kona: ecrecover and bn256Pairing
 * from Bedrock; KZG point evaluation from Ecotone; the seven BLS12-381 precompiles from Isthmus. The OP input limits
 * (Granite/Jovian pairing, Isthmus/Jovian BLS) come with the fork's native pricing.
 */
public final class FpvmPrecompiles {
    private FpvmPrecompiles() {}

    /** The accelerated kinds at {@code spec}. */
    public static Set<AcceleratedPrecompile.Kind> accelerated(SpecId spec) {
        EnumSet<AcceleratedPrecompile.Kind> s = EnumSet.of(AcceleratedPrecompile.Kind.ECRECOVER,
                AcceleratedPrecompile.Kind.BN254_PAIRING);
        if (spec.isOp() && spec.isOpAtLeast(SpecId.ECOTONE)) s.add(AcceleratedPrecompile.Kind.KZG_POINT_EVALUATION);
        if (spec.isOp() && spec.isOpAtLeast(SpecId.ISTHMUS)) {
            s.addAll(EnumSet.range(AcceleratedPrecompile.Kind.BLS12_G1_ADD, AcceleratedPrecompile.Kind.BLS12_MAP_FP2_TO_G2));
        }
        return s;
    }

    /** {@code spec}'s registry with the accelerated precompiles answered through {@code oracle}. */
    public static PrecompileRegistry forSpec(SpecId spec, PreimageOracleClient oracle, HintWriterClient hints) {
        PrecompileRegistry plain = PrecompileRegistry.forSpec(spec);
        PrecompileRegistry r = plain;
        for (AcceleratedPrecompile.Kind k : accelerated(spec)) {
            PrecompiledContract pricing = plain.get(k.address());
            if (pricing != null) r = r.with(k.address(), new AcceleratedPrecompile(k, pricing, oracle, hints));
        }
        return r;
    }

    /** The EVM factory for the executor: each spec's EVM with {@link #forSpec} precompiles. */
    public static Function<SpecId, Evm> evmFactory(long chainId, PreimageOracleClient oracle, HintWriterClient hints) {
        return spec -> new Evm(spec, chainId, forSpec(spec, oracle, hints));
    }
}
