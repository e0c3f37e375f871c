package io.kona4j.crypto;

import io.kona4j.primitives.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The secp256k1 seam: public-key recovery and deterministic signing. The default back end is pure Java on Bouncy
 * Castle's curve arithmetic ({@link #pureJava()}); the system property {@value #BACKEND_PROPERTY}{@code =native}
 * selects libsecp256k1 through JNI ({@link #nativeLibsecp256k1()}) instead, and any back end can be installed once at
 * start-up with {@link #install(Secp256k1)}. Callers use the static helpers ({@link #recoverAddress}, {@link #sign}), which go
 * through the installed back end.
 *
 * <p>Range rules: recovery accepts {@code 0 < r < n} and {@code 0 < s < n} (what the {@code ecrecover} precompile
 * needs); transaction signatures additionally need low s ({@code s <= n/2}, EIP-2), checked by callers with
 * {@link #isLowS} or {@link Signature#isCanonical()}.
 */
public interface Secp256k1 {
    /** The group order n. */
    BigInteger N = new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    /** n / 2, the largest s accepted in a transaction signature (EIP-2). */
    BigInteger HALF_N = N.shiftRight(1);
    /** System property choosing the back end at start-up: {@code java} (default) or {@code native}. */
    String BACKEND_PROPERTY = "kona4j.secp256k1.backend";

    /**
     * Recovers the 64-byte uncompressed public key ({@code x ‖ y}, no 0x04 prefix) that signed {@code hash32}.
     * Returns {@code null} when no key matches (r or s out of range, recovery id not 0..3, R not on the curve).
     */
    byte[] recoverPublicKey(byte[] hash32, BigInteger r, BigInteger s, int recoveryId);

    /** Signs {@code hash32} with a deterministic nonce (RFC 6979, HMAC-SHA256); the result has low s. */
    Signature sign(byte[] hash32, byte[] privateKey32);

    /** The 64-byte public key of a private key. */
    byte[] publicKey(byte[] privateKey32);

    /** The back end the static helpers use. */
    static Secp256k1 get() {
        return Holder.current;
    }

    /** Installs another back end (for example a native one); pass {@link #pureJava()} to go back. */
    static void install(Secp256k1 backEnd) {
        Holder.current = Objects.requireNonNull(backEnd, "backEnd");
    }

    /** The pure-Java back end. */
    static Secp256k1 pureJava() {
        return JavaSecp256k1.INSTANCE;
    }

    /** libsecp256k1 through JNI; throws {@link CryptoException} if the native library cannot be loaded here. */
    static Secp256k1 nativeLibsecp256k1() {
        return NativeSecp256k1.load();
    }

    /** The address that signed {@code hash32}, or {@code null} if the signature recovers no key. */
    static Address recoverAddress(byte[] hash32, BigInteger r, BigInteger s, int recoveryId) {
        byte[] pub = get().recoverPublicKey(hash32, r, s, recoveryId);
        return pub == null ? null : Address.fromPublicKey(pub);
    }

    /** Same as {@link #recoverAddress(byte[], BigInteger, BigInteger, int)} for a {@link Signature}. */
    static Address recoverAddress(byte[] hash32, Signature sig) {
        return recoverAddress(hash32, sig.r(), sig.s(), sig.recoveryId());
    }

    /** Signs with the installed back end. */
    static Signature signHash(byte[] hash32, byte[] privateKey32) {
        return get().sign(hash32, privateKey32);
    }

    /** The address of a private key. */
    static Address addressOf(byte[] privateKey32) {
        return Address.fromPublicKey(get().publicKey(privateKey32));
    }

    /** {@code 0 < r < n} and {@code 0 < s < n}. */
    static boolean isValidRs(BigInteger r, BigInteger s) {
        return r.signum() > 0 && r.compareTo(N) < 0 && s.signum() > 0 && s.compareTo(N) < 0;
    }

    /** {@code s <= n/2} (EIP-2). */
    static boolean isLowS(BigInteger s) {
        return s.compareTo(HALF_N) <= 0;
    }
}

/** Holds the installed back end; volatile so an install at start-up is seen by every thread. */
final class Holder {
    static volatile Secp256k1 current = configured();

    private Holder() {}

    /**
     * The back end {@link Secp256k1#BACKEND_PROPERTY} asks for. An unknown value, or a native library that will not
     * load, leaves the pure-Java back end in place with a warning rather than making every signature check fail.
     */
    private static Secp256k1 configured() {
        String want = System.getProperty(Secp256k1.BACKEND_PROPERTY, "java").strip();
        System.Logger log = System.getLogger("io.kona4j.crypto");
        switch (want) {
            case "java":
                return JavaSecp256k1.INSTANCE;
            case "native":
                try {
                    return NativeSecp256k1.load();
                } catch (CryptoException e) {
                    log.log(System.Logger.Level.WARNING, e.getMessage());
                    return JavaSecp256k1.INSTANCE;
                }
            default:
                log.log(System.Logger.Level.WARNING, Secp256k1.BACKEND_PROPERTY + "=" + want
                        + " is not a secp256k1 back end (java, native); using java");
                return JavaSecp256k1.INSTANCE;
        }
    }
}
