package io.kona4j.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Pure-Java secp256k1 on Bouncy Castle's specialised curve (its GLV endomorphism makes the double-scalar
 * multiplication in recovery about twice as fast as the generic code).
 */
final class JavaSecp256k1 implements Secp256k1 {
    static final JavaSecp256k1 INSTANCE = new JavaSecp256k1();

    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final ECPoint G = PARAMS.getG();
    private static final BigInteger P = CURVE.getField().getCharacteristic();

    private JavaSecp256k1() {}

    @Override
    public byte[] recoverPublicKey(byte[] hash32, BigInteger r, BigInteger s, int recoveryId) {
        checkHash(hash32);
        if (!Secp256k1.isValidRs(r, s) || recoveryId < 0 || recoveryId > 3) return null;
        // R's x coordinate is r, or r + n in the (astronomically rare) case recovery id says it overflowed n.
        BigInteger x = (recoveryId & 2) != 0 ? r.add(N) : r;
        if (x.compareTo(P) >= 0) return null;
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (0x02 | (recoveryId & 1));
        Secp256k1Math.toBytes32(x, compressed, 1);
        ECPoint bigR;
        try {
            bigR = CURVE.decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        // Q = r^-1 (s·R − e·G)
        BigInteger e = new BigInteger(1, hash32);
        BigInteger rInv = r.modInverse(N);
        BigInteger a = N.subtract(e).multiply(rInv).mod(N);
        BigInteger b = s.multiply(rInv).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(G, a, bigR, b).normalize();
        if (q.isInfinity()) return null;
        return uncompressed64(q);
    }

    @Override
    public Signature sign(byte[] hash32, byte[] privateKey32) {
        checkHash(hash32);
        BigInteger d = privateKey(privateKey32);
        BigInteger e = new BigInteger(1, hash32);
        HMacDSAKCalculator kCalc = new HMacDSAKCalculator(new SHA256Digest());
        kCalc.init(N, d, hash32);
        FixedPointCombMultiplier mult = new FixedPointCombMultiplier();
        while (true) {
            BigInteger k = kCalc.nextK();
            ECPoint bigR = mult.multiply(G, k).normalize();
            BigInteger rx = bigR.getAffineXCoord().toBigInteger();
            BigInteger r = rx.mod(N);
            if (r.signum() == 0) continue;
            BigInteger s = k.modInverse(N).multiply(e.add(d.multiply(r))).mod(N);
            if (s.signum() == 0) continue;
            int recId = (bigR.getAffineYCoord().testBitZero() ? 1 : 0) | (rx.compareTo(N) >= 0 ? 2 : 0);
            if (!Secp256k1.isLowS(s)) {
                s = N.subtract(s);
                recId ^= 1;
            }
            return new Signature(r, s, recId);
        }
    }

    @Override
    public byte[] publicKey(byte[] privateKey32) {
        return uncompressed64(new FixedPointCombMultiplier().multiply(G, privateKey(privateKey32)).normalize());
    }

    private static BigInteger privateKey(byte[] privateKey32) {
        if (privateKey32 == null || privateKey32.length != 32) {
            throw new CryptoException("a secp256k1 private key is 32 bytes, got "
                    + (privateKey32 == null ? "none" : privateKey32.length));
        }
        BigInteger d = new BigInteger(1, privateKey32);
        if (d.signum() == 0 || d.compareTo(N) >= 0) {
            throw new CryptoException("secp256k1 private key must be in [1, n-1]");
        }
        return d;
    }

    private static void checkHash(byte[] hash32) {
        if (hash32 == null || hash32.length != 32) {
            throw new CryptoException("the signed message hash is 32 bytes, got " + (hash32 == null ? "none" : hash32.length));
        }
    }

    private static byte[] uncompressed64(ECPoint q) {
        byte[] enc = q.getEncoded(false);
        byte[] out = new byte[64];
        System.arraycopy(enc, 1, out, 0, 64);
        return out;
    }
}
