package io.kona4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The native back end against the pure-Java one, on random and edge inputs. */
class NativeSecp256k1Test {
    private static final Secp256k1 JAVA = Secp256k1.pureJava();
    private static final Secp256k1 NATIVE = Secp256k1.nativeLibsecp256k1();
    private static final BigInteger P =
            new BigInteger("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16);

    @Test
    void recoversTheEip155ExampleSender() {
        byte[] hash = Hex.decode("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        BigInteger r = new BigInteger("18515461264373351373200002665853028612451056578545711640558177340181847433846");
        BigInteger s = new BigInteger("46948507304638947509940763649030358759909902576025900602547168820602576006531");
        byte[] pub = NATIVE.recoverPublicKey(hash, r, s, 0);
        assertThat(io.kona4j.primitives.Address.fromPublicKey(pub))
                .isEqualTo(io.kona4j.primitives.Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"));
    }

    @Property(tries = 200)
    void signingAndKeysAgree(@ForAll @Size(32) byte[] hash, @ForAll @Size(32) byte[] seed) {
        byte[] key = validKey(seed);
        assertThat(NATIVE.publicKey(key)).isEqualTo(JAVA.publicKey(key));
        Signature n = NATIVE.sign(hash, key);
        assertThat(n).isEqualTo(JAVA.sign(hash, key));
        assertThat(JAVA.recoverPublicKey(hash, n.r(), n.s(), n.recoveryId())).isEqualTo(JAVA.publicKey(key));
    }

    @Property(tries = 300)
    void recoveryAgreesOnArbitrarySignatures(
            @ForAll @Size(32) byte[] hash, @ForAll @Size(32) byte[] r, @ForAll @Size(32) byte[] s,
            @ForAll @IntRange(min = -1, max = 4) int recoveryId) {
        BigInteger rr = new BigInteger(1, r), ss = new BigInteger(1, s);
        assertThat(NATIVE.recoverPublicKey(hash, rr, ss, recoveryId))
                .isEqualTo(JAVA.recoverPublicKey(hash, rr, ss, recoveryId));
    }

    @Test
    void recoveryAgreesOnEdgeValues() {
        BigInteger n = Secp256k1.N;
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                Secp256k1.HALF_N, Secp256k1.HALF_N.add(BigInteger.ONE), n.subtract(BigInteger.ONE), n,
                n.add(BigInteger.ONE), P.subtract(n), P.subtract(n).subtract(BigInteger.ONE), P.subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)));
        Random rnd = new Random(11);
        byte[][] hashes = {new byte[32], Hex.decode("ff".repeat(32)), randomBytes(rnd)};
        int agreedKeys = 0;
        for (byte[] hash : hashes) {
            for (BigInteger r : values) {
                for (BigInteger s : values) {
                    for (int id = 0; id < 4; id++) {
                        byte[] j = JAVA.recoverPublicKey(hash, r, s, id);
                        assertThat(NATIVE.recoverPublicKey(hash, r, s, id)).as("r=%s s=%s id=%d", r, s, id).isEqualTo(j);
                        if (j != null) agreedKeys++;
                    }
                }
            }
        }
        assertThat(agreedKeys).isPositive();
    }

    @Test
    void theConfiguredBackEndDefaultsToPureJava() {
        assertThat(System.getProperty(Secp256k1.BACKEND_PROPERTY)).isNull();
        assertThat(Secp256k1.get()).isSameAs(Secp256k1.pureJava());
    }

    private static byte[] validKey(byte[] seed) {
        BigInteger d = new BigInteger(1, seed).mod(Secp256k1.N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        byte[] key = new byte[32];
        Secp256k1Math.toBytes32(d, key, 0);
        return key;
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[32];
        rnd.nextBytes(b);
        return b;
    }
}
