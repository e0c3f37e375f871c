package io.kona4j.proof.precompile;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.preimage.HintWriterClient;
import io.kona4j.preimage.PreimageException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageOracleClient;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.hint.Hint;

import java.util.Arrays;
import java.util.Objects;

/**
 * A precompile the host runs (Kona's FPVM-accelerated precompiles, {@code bin/client/src/fpvm_evm/precompiles}). The
 * client prices the call itself (the fork's own gas rule, which is also what applies its OP input limits), checks
 * the input shape Kona checks before asking, then sends {@code l1-precompile <address ‖ gas u64 BE ‖ input>} and
 * reads the precompile-type key over the same bytes; the answer is {@code 0x01 ‖ output} or {@code 0x00} when the
 * precompile failed on the host. A failure (or an empty answer) fails the call, except ecrecover, whose failure is
 * an empty output, as in Kona. Inputs Kona would not send fail without a request; they fail natively too.
 *
 * <p>The answer cannot be authenticated by hashing (the key hashes the input, not the output): the fault-proof VM's
 * on-chain oracle is what makes it trustworthy, exactly as for Kona. An oracle that fails outright (closed channel,
 * missing key) aborts the run instead of silently failing the call, which Kona does.
 */
public final class AcceleratedPrecompile implements PrecompiledContract {
    /** The accelerated kinds and the input shapes Kona accepts before hinting. */
    public enum Kind {
        ECRECOVER(1),
        BN254_PAIRING(8),
        KZG_POINT_EVALUATION(0x0a),
        BLS12_G1_ADD(0x0b),
        BLS12_G1_MSM(0x0c),
        BLS12_G2_ADD(0x0d),
        BLS12_G2_MSM(0x0e),
        BLS12_PAIRING(0x0f),
        BLS12_MAP_FP_TO_G1(0x10),
        BLS12_MAP_FP2_TO_G2(0x11);

        private final int index;

        Kind(int index) {
            this.index = index;
        }

        public Address address() {
            byte[] a = new byte[20];
            a[19] = (byte) index;
            return Address.of(a);
        }

        /** Whether Kona's client sends this input to the host (after its gas check). */
        boolean sent(int len) {
            return switch (this) {
                case ECRECOVER -> true;
                case BN254_PAIRING -> len % 192 == 0;
                case KZG_POINT_EVALUATION -> len == 192;
                case BLS12_G1_ADD -> len == 256;
                case BLS12_G2_ADD -> len == 512;
                case BLS12_MAP_FP_TO_G1 -> len == 64;
                case BLS12_MAP_FP2_TO_G2 -> len == 128;
                case BLS12_G1_MSM -> len > 0 && len % 160 == 0;
                case BLS12_G2_MSM -> len > 0 && len % 288 == 0;
                case BLS12_PAIRING -> len % 384 == 0;
            };
        }
    }

    private final Kind kind;
    private final Address address;
    private final PrecompiledContract pricing;
    private final PreimageOracleClient oracle;
    private final HintWriterClient hints;
    private long requests;

    /** {@code pricing} is the fork's native contract at the address, used only for its gas rule. */
    public AcceleratedPrecompile(Kind kind, PrecompiledContract pricing, PreimageOracleClient oracle,
                                 HintWriterClient hints) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.address = kind.address();
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.oracle = Objects.requireNonNull(oracle, "oracle");
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    public Kind kind() {
        return kind;
    }

    /** Calls sent to the host so far. */
    public long requests() {
        return requests;
    }

    @Override
    public long gas(byte[] input) {
        return pricing.gas(input);
    }

    @Override
    public byte[] run(byte[] input) {
        if (!kind.sent(input.length)) return null;
        long gas = pricing.gas(input);
        requests++;
        Hint.l1Precompile(address, gas, input).send(hints);
        byte[] result;
        try {
            result = oracle.get(PreimageKey.precompile(address, gas, input));
        } catch (PreimageException e) {
            throw new OracleProviderException("precompile " + address + " result (" + input.length
                    + "-byte input, gas " + gas + "): " + e.getMessage(), e);
        }
        if (result.length == 0 || result[0] != 1) return kind == Kind.ECRECOVER ? Bytes.EMPTY : null;
        return Arrays.copyOfRange(result, 1, result.length);
    }
}
