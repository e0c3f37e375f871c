package io.kona4j.crypto.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrecompilesTest {
    // EIP-152 test vector 5: BLAKE2b-512("abc") after 12 rounds, and the same input with final flag 0 / 0 rounds.
    private static final String BLAKE2F_ABC_INPUT = "0000000c48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b61626300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000300000000000000000000000000000001";
    private static final String BLAKE2F_ABC_OUTPUT = "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923";
    private static final String BLAKE2F_ZERO_ROUNDS_OUTPUT = "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b";

    // EIP-198's first example: 3^(p-1) mod p = 1 for the secp256k1 field prime p (Fermat), 1-byte base.
    private static final String MODEXP_FERMAT = "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "03"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";

    @Test
    void sha256AndRipemd160OfAbcAreTheStandardDigests() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(Hex.encodeNoPrefix(Precompiles.sha256().run(abc)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hex.encodeNoPrefix(Precompiles.ripemd160().run(abc)))
                .isEqualTo("0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        assertThat(Precompiles.sha256().gas(new byte[33])).isEqualTo(60 + 2 * 12);
        assertThat(Precompiles.ripemd160().gas(new byte[0])).isEqualTo(600);
    }

    @Test
    void identityCopiesAndChargesPerWord() {
        byte[] in = {1, 2, 3};
        byte[] out = Precompiles.identity().run(in);
        assertThat(out).isEqualTo(in).isNotSameAs(in);
        assertThat(Precompiles.identity().gas(new byte[64])).isEqualTo(15 + 2 * 3);
    }

    @Test
    void ecrecoverFindsTheSignerOfKeyOne() {
        byte[] key = new byte[32];
        key[31] = 1;
        byte[] hash = Keccak256.digest("kona4j".getBytes(StandardCharsets.US_ASCII));
        Signature sig = Secp256k1.signHash(hash, key);
        byte[] in = ecrecoverInput(hash, 27 + sig.recoveryId(), sig.toBytes65());
        // The well-known address of private key 1.
        assertThat(Hex.encodeNoPrefix(Precompiles.ecrecover().run(in)))
                .isEqualTo("0000000000000000000000007e5f4552091a69125d5dfcb7b8c2659029395bdf");
        assertThat(Precompiles.ecrecover().gas(in)).isEqualTo(3000);
    }

    @Test
    void ecrecoverGivesEmptyOutputForBadVAndRanges() {
        byte[] hash = new byte[32];
        hash[0] = 7;
        byte[] sig = new byte[65];
        sig[31] = 1;
        sig[63] = 1;
        assertThat(Precompiles.ecrecover().run(ecrecoverInput(hash, 29, sig))).isEmpty();
        byte[] highBits = ecrecoverInput(hash, 27, sig);
        highBits[32] = 1;
        assertThat(Precompiles.ecrecover().run(highBits)).isEmpty();
        byte[] zeroR = sig.clone();
        zeroR[31] = 0;
        assertThat(Precompiles.ecrecover().run(ecrecoverInput(hash, 27, zeroR))).isEmpty();
        assertThat(Precompiles.ecrecover().run(new byte[0])).isEmpty();
    }

    @Test
    void blake2fMatchesEip152Vectors() {
        byte[] in = Hex.decode(BLAKE2F_ABC_INPUT);
        assertThat(Hex.encodeNoPrefix(Precompiles.blake2f().run(in))).isEqualTo(BLAKE2F_ABC_OUTPUT);
        assertThat(Precompiles.blake2f().gas(in)).isEqualTo(12);
        byte[] zero = in.clone();
        zero[3] = 0;
        assertThat(Hex.encodeNoPrefix(Precompiles.blake2f().run(zero))).isEqualTo(BLAKE2F_ZERO_ROUNDS_OUTPUT);
    }

    @Test
    void blake2fRejectsBadLengthAndFlag() {
        byte[] in = Hex.decode(BLAKE2F_ABC_INPUT);
        assertThat(Precompiles.blake2f().run(Arrays.copyOf(in, 212))).isNull();
        assertThat(Precompiles.blake2f().run(Arrays.copyOf(in, 214))).isNull();
        byte[] flag = in.clone();
        flag[212] = 2;
        assertThat(Precompiles.blake2f().run(flag)).isNull();
    }

    @Test
    void modexpFermatExampleAndItsGasUnderBothRules() {
        byte[] in = Hex.decode(MODEXP_FERMAT);
        byte[] one = new byte[32];
        one[31] = 1;
        assertThat(Precompiles.modexp(false).run(in)).isEqualTo(one);
        // EIP-198: mult_complexity(32) = 1024, adjusted exponent length 255, 1024·255/20.
        assertThat(Precompiles.modexp(false).gas(in)).isEqualTo(13056);
        // EIP-2565: ceil(32/8)^2 = 16, 16·255/3.
        assertThat(Precompiles.modexp(true).gas(in)).isEqualTo(1360);
    }

    @Test
    void modexpZeroModulusAndShortInput() {
        String lengths = "0000000000000000000000000000000000000000000000000000000000000001"
                + "0000000000000000000000000000000000000000000000000000000000000001"
                + "0000000000000000000000000000000000000000000000000000000000000002";
        // base 5, exponent 3, modulus bytes past the input end: zero modulus, two zero bytes out.
        assertThat(Precompiles.modexp(true).run(Hex.decode(lengths + "0503"))).isEqualTo(new byte[2]);
        // modulus 0x0100 = 256: 5^3 mod 256 = 125.
        assertThat(Precompiles.modexp(true).run(Hex.decode(lengths + "05030100"))).isEqualTo(new byte[] {0, 125});
        // a zero-length everything: empty output, minimum gas.
        assertThat(Precompiles.modexp(true).run(new byte[0])).isEmpty();
        assertThat(Precompiles.modexp(true).gas(new byte[0])).isEqualTo(200);
        assertThat(Precompiles.modexp(false).gas(new byte[0])).isZero();
    }

    @Test
    void modexpExponentRunningPastTheInputMeansAZeroModulus() {
        // base 3, a 2^20-byte exponent of which one byte is present, modulus 1 byte: the modulus lies past the end.
        String in = "0000000000000000000000000000000000000000000000000000000000000001"
                + "0000000000000000000000000000000000000000000000000000000000100000"
                + "0000000000000000000000000000000000000000000000000000000000000001"
                + "0302";
        assertThat(Precompiles.modexp(true).run(Hex.decode(in))).isEqualTo(new byte[1]);
    }

    @Test
    void modexpHugeDeclaredLengthsSaturateAndAreRefused() {
        byte[] in = new byte[96];
        Arrays.fill(in, 64, 96, (byte) 0xff);
        assertThat(Precompiles.modexp(true).gas(in)).isEqualTo(Long.MAX_VALUE);
        assertThat(Precompiles.modexp(false).gas(in)).isEqualTo(Long.MAX_VALUE);
        assertThat(Precompiles.modexp(true).run(in)).isNull();
        byte[] hugeExp = new byte[96];
        Arrays.fill(hugeExp, 32, 64, (byte) 0xff);
        // base and modulus empty: the output is empty whatever the exponent, and EIP-198 charges nothing.
        assertThat(Precompiles.modexp(false).gas(hugeExp)).isZero();
        assertThat(Precompiles.modexp(false).run(hugeExp)).isEmpty();
    }

    private static byte[] ecrecoverInput(byte[] hash, int v, byte[] sig65) {
        byte[] in = new byte[128];
        System.arraycopy(hash, 0, in, 0, 32);
        in[63] = (byte) v;
        System.arraycopy(sig65, 0, in, 64, 64);
        return in;
    }
}
