package io.kona4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Secp256k1Test {
    // The worked example of EIP-155: key 0x4646…46, signing hash and signature (v = 37, chain id 1) from the EIP.
    private static final byte[] EIP155_KEY = Hex.decode("4646464646464646464646464646464646464646464646464646464646464646");
    private static final byte[] EIP155_HASH = Hex.decode("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
    private static final BigInteger EIP155_R =
            new BigInteger("18515461264373351373200002665853028612451056578545711640558177340181847433846");
    private static final BigInteger EIP155_S =
            new BigInteger("46948507304638947509940763649030358759909902576025900602547168820602576006531");
    private static final Address EIP155_SENDER = Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

    @Test
    void recoversTheEip155ExampleSender() {
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, EIP155_R, EIP155_S, 0)).isEqualTo(EIP155_SENDER);
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, EIP155_R, EIP155_S, 1)).isNotEqualTo(EIP155_SENDER);
    }

    @Test
    void signsDeterministicallyLikeTheEip155Example() {
        Signature sig = Secp256k1.signHash(EIP155_HASH, EIP155_KEY);
        assertThat(sig.r()).isEqualTo(EIP155_R);
        assertThat(sig.s()).isEqualTo(EIP155_S);
        assertThat(sig.recoveryId()).isZero();
        assertThat(Secp256k1.addressOf(EIP155_KEY)).isEqualTo(EIP155_SENDER);
    }

    @Test
    void keyOneHasTheWellKnownAddress() {
        byte[] one = new byte[32];
        one[31] = 1;
        assertThat(Secp256k1.addressOf(one)).isEqualTo(Address.fromHex("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf"));
    }

    @Test
    void rejectsOutOfRangeValues() {
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, BigInteger.ZERO, EIP155_S, 0)).isNull();
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, EIP155_R, Secp256k1.N, 0)).isNull();
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, Secp256k1.N, EIP155_S, 0)).isNull();
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, EIP155_R, EIP155_S, 4)).isNull();
        assertThat(new Signature(EIP155_R, Secp256k1.N.subtract(EIP155_S), 1).isCanonical()).isFalse();
        // High s still recovers (the ecrecover precompile accepts it): the flipped signature gives the same key.
        assertThat(Secp256k1.recoverAddress(EIP155_HASH, EIP155_R, Secp256k1.N.subtract(EIP155_S), 1))
                .isEqualTo(EIP155_SENDER);
        assertThatThrownBy(() -> Secp256k1.signHash(EIP155_HASH, new byte[32])).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> Secp256k1.recoverAddress(new byte[31], EIP155_R, EIP155_S, 0))
                .isInstanceOf(CryptoException.class);
    }

    @Property(tries = 30)
    void signThenRecoverGivesTheSigner(@ForAll @Size(32) byte[] hash, @ForAll @Size(32) byte[] key) {
        BigInteger d = new BigInteger(1, key);
        if (d.signum() == 0 || d.compareTo(Secp256k1.N) >= 0) return;
        Signature sig = Secp256k1.signHash(hash, key);
        assertThat(sig.isCanonical()).isTrue();
        assertThat(Secp256k1.recoverAddress(hash, sig)).isEqualTo(Secp256k1.addressOf(key));
    }

    @Property(tries = 200)
    void arbitrarySignaturesRecoverOrReturnNull(@ForAll @Size(32) byte[] hash, @ForAll @Size(65) byte[] sig) {
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(sig, 0, 32));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(sig, 32, 64));
        byte[] pub = Secp256k1.get().recoverPublicKey(hash, r, s, sig[64] & 3);
        if (pub != null) assertThat(pub).hasSize(64);
    }
}
