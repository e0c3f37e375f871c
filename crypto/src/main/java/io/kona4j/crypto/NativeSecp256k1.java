package io.kona4j.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The native back end: bitcoin-core's libsecp256k1 through ACINQ's JNI binding (secp256k1-kmp, native libraries for
 * Linux, macOS and Windows inside the jar). Same contract as the pure-Java code, checked differentially in the tests:
 * recovery returns null for anything that recovers no key, signing is RFC 6979 with low s.
 */
final class NativeSecp256k1 implements Secp256k1 {
    private final fr.acinq.secp256k1.Secp256k1 lib;

    private NativeSecp256k1(fr.acinq.secp256k1.Secp256k1 lib) {
        this.lib = lib;
    }

    /** Loads the native library; a CryptoException says why it cannot be used on this machine. */
    static NativeSecp256k1 load() {
        try {
            return new NativeSecp256k1(fr.acinq.secp256k1.Secp256k1.Companion.get());
        } catch (RuntimeException | LinkageError e) {
            throw new CryptoException("the native secp256k1 library (secp256k1-kmp-jni) cannot be loaded here: " + e
                    + "; use the pure-Java back end (unset -D" + Secp256k1.BACKEND_PROPERTY + ")", e);
        }
    }

    @Override
    public byte[] recoverPublicKey(byte[] hash32, BigInteger r, BigInteger s, int recoveryId) {
        checkHash(hash32);
        if (!Secp256k1.isValidRs(r, s) || recoveryId < 0 || recoveryId > 3) return null;
        byte[] sig = new byte[64];
        Secp256k1Math.toBytes32(r, sig, 0);
        Secp256k1Math.toBytes32(s, sig, 32);
        byte[] pub;
        try {
            pub = lib.ecdsaRecover(sig, hash32, recoveryId);
        } catch (RuntimeException noKey) {
            return null;
        }
        return Arrays.copyOfRange(pub, 1, 65);
    }

    @Override
    public Signature sign(byte[] hash32, byte[] privateKey32) {
        checkHash(hash32);
        checkKey(privateKey32);
        byte[] compact = lib.sign(hash32, privateKey32);
        BigInteger r = new BigInteger(1, compact, 0, 32);
        BigInteger s = new BigInteger(1, compact, 32, 32);
        // libsecp256k1's plain signing does not report the recovery id: find it by recovering.
        byte[] pub = publicKey(privateKey32);
        for (int id = 0; id < 4; id++) {
            if (Arrays.equals(pub, recoverPublicKey(hash32, r, s, id))) return new Signature(r, s, id);
        }
        throw new CryptoException("libsecp256k1 produced a signature that recovers no key");
    }

    @Override
    public byte[] publicKey(byte[] privateKey32) {
        checkKey(privateKey32);
        byte[] pub = lib.pubkeyCreate(privateKey32);
        return Arrays.copyOfRange(pub, 1, 65);
    }

    private void checkKey(byte[] privateKey32) {
        if (privateKey32 == null || privateKey32.length != 32) {
            throw new CryptoException("a secp256k1 private key is 32 bytes, got "
                    + (privateKey32 == null ? "none" : privateKey32.length));
        }
        if (!lib.secKeyVerify(privateKey32)) throw new CryptoException("secp256k1 private key must be in [1, n-1]");
    }

    private static void checkHash(byte[] hash32) {
        if (hash32 == null || hash32.length != 32) {
            throw new CryptoException("the signed message hash is 32 bytes, got " + (hash32 == null ? "none" : hash32.length));
        }
    }
}
