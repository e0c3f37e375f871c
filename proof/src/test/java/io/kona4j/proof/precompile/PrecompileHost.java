package io.kona4j.proof.precompile;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.precompile.PrecompileRegistry;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.proof.TestOracle;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintType;
import io.kona4j.primitives.Address;

/**
 * What a host does with an {@code l1-precompile} hint (KONA-NOTES §2.9): run the precompile natively and store
 * {@code 0x01 ‖ output} (or {@code 0x00} on failure) under the precompile key of the hint data. Wraps a TestOracle.
 */
final class PrecompileHost extends TestOracleHints {
    final PrecompileRegistry nativeSet = PrecompileRegistry.forSpec(SpecId.JOVIAN);
    int served;

    PrecompileHost(TestOracle oracle) {
        super(oracle);
    }

    @Override
    void route(String hint) {
        Hint h = Hint.parse(hint);
        if (h.type() != HintType.L1_PRECOMPILE) return;
        Address a = h.addressAt(0);
        long gas = h.u64At(20);
        byte[] input = h.tail(28);
        PrecompiledContract p = nativeSet.get(a);
        byte[] out = p == null ? null : p.run(input);
        byte[] result;
        if (out == null) {
            result = new byte[]{0};
        } else {
            result = new byte[out.length + 1];
            result[0] = 1;
            System.arraycopy(out, 0, result, 1, out.length);
        }
        oracle.put(PreimageKey.precompile(a, gas, input), result);
        served++;
    }
}
